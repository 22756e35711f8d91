package org.shopsuite.server;

import java.util.concurrent.CountDownLatch;
import org.shopsuite.server.config.LogFiles;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.ops.Restore;

/** Command-line entry point: {@code java -jar shop-server.jar [--port N] [--demo] ...}. */
public final class ShopServer {
    private static final String USAGE = """
      Usage: java -jar shop-server.jar [options]

        --port N          port to listen on (default 8088; env SHOP_PORT)
        --host ADDR       address to bind (default 0.0.0.0; env SHOP_HOST)
        --data-dir DIR    where the database lives (default: the per-user app-data folder;
                          env SHOP_DATA_DIR)
        --database URL    postgresql://HOST:PORT/DB instead of the SQLite file in the data folder
                          (env SHOP_DATABASE_URL; user and password in SHOP_DATABASE_USER and
                          SHOP_DATABASE_PASSWORD; in development, see docs/adr/0024)
        --demo            fill an empty database with a believable demo shop (env SHOP_DEMO)
        --profile P       prod (default: network, INFO logs) or dev (loopback, DEBUG logs)
        --config FILE     properties file (default DATA-DIR/shop-server.properties)
        --log-level L     ERROR, WARN, INFO, DEBUG or TRACE
        --tls-keystore F  serve HTTPS with this PKCS12 keystore (password in SHOP_TLS_PASSWORD)
        --max-connections N             open connections at most (1000; SHOP_MAX_CONNECTIONS)
        --max-connections-per-client N  from one address (100, 0: no limit;
                                        SHOP_MAX_CONNECTIONS_PER_CLIENT)
        --request-head-timeout S        seconds to receive a request's head (10;
                                        SHOP_REQUEST_HEAD_TIMEOUT)
        --request-body-timeout S        seconds to receive a request's body (30;
                                        SHOP_REQUEST_BODY_TIMEOUT)
        --help            show this help

      java -jar shop-server.jar restore BACKUP-FILE [--data-dir DIR]
                          put a backup in place (server stopped; the old database is kept)

      java -jar shop-server.jar migrate-to-postgres --from DATA-DIR --to postgresql://HOST:PORT/DB
                          copy a shop's SQLite database into an empty PostgreSQL database and
                          check it (the user and password in SHOP_DATABASE_USER and
                          SHOP_DATABASE_PASSWORD; the shop's server stopped)

      Flags override environment variables, which override the properties file, which
      overrides the profile's defaults.
      On first start the user 'admin' is created with the password in SHOP_ADMIN_PASSWORD, or a
      random one that is printed once and written to DATA-DIR/initial-admin-password.
      """;

    private ShopServer() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(restore(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("migrate-to-postgres")) {
            System.exit(migrateToPostgres(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                return;
            }
        }
        ShopApp app;
        try {
            ServerConfig config = ServerConfig.load(args, System.getenv());
            // 0700 before the first log line is written (issue 14, defect 10).
            PrivateFiles.folder(config.dataDir());
            PrivateFiles.folder(config.logDir());
            LogFiles.start(config.logDir(), config.logLevel());
            long started = System.nanoTime();
            app = ShopApp.start(config);
            System.out.printf(
                    "ready in %d ms (profile %s)%n", (System.nanoTime() - started) / 1_000_000, config.profile());
            if (config.tlsKeystore() != null) {
                System.out.println("TLS certificate SHA-256: " + fingerprint(config.tlsKeystore(), config.tlsPassword())
                        + "\n  (the desktop app shows this on first connection: compare them)");
            }
            System.out.println("Shop Suite server "
                    + ShopApp.version()
                    + " listening on "
                    + (config.tlsKeystore() == null ? "http" : "https")
                    + "://"
                    + config.host()
                    + ":"
                    + app.port()
                    + (config.postgres() == null
                            ? " (data in " + config.dataDir() + ")"
                            : " (data in PostgreSQL " + config.postgres() + "; logs in " + config.dataDir() + ")"));
        } catch (ServerConfig.InvalidConfig e) {
            System.err.println("shop-server: " + e.getMessage());
            System.exit(2);
            return;
        } catch (java.io.IOException e) {
            System.err.println("shop-server: cannot create the log folder: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("shop-server: cannot start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ShopApp running = app;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            stopped.countDown();
                        },
                        "shutdown"));
        stopped.await();
    }

    /** {@code restore <backup-file> [--data-dir DIR]}: the server must be stopped. */
    private static int restore(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: java -jar shop-server.jar restore <backup-file> [--data-dir DIR]");
            return 2;
        }
        try {
            ServerConfig config =
                    ServerConfig.load(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv());
            java.nio.file.Path safety = Restore.run(java.nio.file.Path.of(args[0]), config);
            System.out.println("restored " + args[0] + " into " + config.databaseFile()
                    + (safety == null ? "" : "\n  the previous database is kept as " + safety));
            return 0;
        } catch (ServerConfig.InvalidConfig e) {
            System.err.println("shop-server restore: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("shop-server restore: " + rootMessage(e));
            return 1;
        }
    }

    /** {@code migrate-to-postgres --from DATA-DIR --to URL}: the shop's server must be stopped. */
    static int migrateToPostgres(String[] args) {
        String from = null;
        String to = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--from" -> from = args[i + 1];
                case "--to" -> to = args[i + 1];
                default -> {
                    from = null;
                    i = args.length;
                }
            }
        }
        if (from == null || to == null || args.length != 4) {
            System.err.println(
                    "usage: java -jar shop-server.jar migrate-to-postgres --from DATA-DIR --to postgresql://HOST:PORT/DB");
            return 2;
        }
        try {
            ServerConfig config =
                    ServerConfig.load(new String[] {"--data-dir", from, "--database", to}, System.getenv());
            long started = System.nanoTime();
            org.shopsuite.server.ops.MigrateToPostgres.Report report = org.shopsuite.server.ops.MigrateToPostgres.run(
                    config.dataDir(), config.postgres(), line -> System.out.println("  " + line));
            System.out.printf(
                    "copied %d rows of %d tables from %s to %s in %.1f s; row counts and sums checked%n",
                    report.total(),
                    report.rows().size(),
                    config.dataDir(),
                    config.postgres().jdbcUrl(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (ServerConfig.InvalidConfig e) {
            // the target was given as --to here, and checked as the server's --database
            System.err.println(
                    "shop-server migrate-to-postgres: " + e.getMessage().replace("--database", "--to"));
            return 2;
        } catch (RuntimeException e) {
            System.err.println("shop-server migrate-to-postgres: " + rootMessage(e));
            return 1;
        }
    }

    private static String fingerprint(java.nio.file.Path keystore, String password) {
        try (var in = java.nio.file.Files.newInputStream(keystore)) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            var cert = ks.getCertificate(ks.aliases().nextElement());
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (Exception e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
