package org.shopsuite.server.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.shopsuite.server.ShopApp;
import org.shopsuite.server.config.ServerConfig;

/**
 * A real server on a temporary SQLite file, bound to loopback on a free port; or, with {@code
 * -Dshop.test.database=postgresql}, on a fresh database of a real PostgreSQL server that the
 * tests start once (issue 22: the same suite on both back ends).
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-test-pw";

    private final Path dataDir;
    private final Clock clock;
    private final boolean demo;
    private final Map<String, String> extraEnv;
    private final String postgresUrl;
    private ShopApp app;

    /** Whether this run's servers use PostgreSQL ({@code -Dshop.test.database=postgresql}). */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("shop.test.database", ""));
    }

    public TestServer(Path dataDir) {
        this(dataDir, Clock.systemUTC(), false);
    }

    public TestServer(Path dataDir, Clock clock, boolean demo) {
        this(dataDir, clock, demo, Map.of());
    }

    /** With extra environment settings, e.g. a low SHOP_RATE_LIMIT. */
    public TestServer(Path dataDir, Clock clock, boolean demo, Map<String, String> extraEnv) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.demo = demo;
        this.extraEnv = extraEnv;
        this.postgresUrl =
                onPostgres() && !extraEnv.containsKey("SHOP_DATABASE_URL") ? SharedPostgres.databaseFor(dataDir) : null;
        start();
    }

    public void start() {
        Map<String, String> env = new HashMap<>();
        env.put("SHOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Tests log in often; the production default (600k) is kept for real users.
        env.put("SHOP_PASSWORD_ITERATIONS", "1000");
        // Tests hammer one session far beyond a person; RateLimitTest checks the limit itself.
        env.put("SHOP_RATE_LIMIT", "0");
        if (postgresUrl != null) {
            env.put("SHOP_DATABASE_URL", postgresUrl);
            env.put("SHOP_DATABASE_USER", org.shopsuite.server.PostgresCluster.user());
        }
        env.putAll(extraEnv);
        String[] args = demo
                ? new String[] {"--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString(), "--demo"}
                : new String[] {"--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString()};
        app = ShopApp.start(ServerConfig.load(args, env), clock);
    }

    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    public ShopApp app() {
        return app;
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + app.port());
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A connection to the database of the server on {@code dataDir}, for a test that reads what
     * was stored: its SQLite file, or its PostgreSQL database.
     */
    public static java.sql.Connection database(Path dataDir) throws java.sql.SQLException {
        if (onPostgres()) {
            return java.sql.DriverManager.getConnection(
                    "jdbc:" + SharedPostgres.databaseFor(dataDir), org.shopsuite.server.PostgresCluster.user(), "");
        }
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("shop.db"));
    }

    /** One PostgreSQL server for the whole test run, a new database for each test server. */
    private static final class SharedPostgres {
        private static org.shopsuite.server.PostgresCluster cluster;
        private static final Map<Path, String> byDataDir = new HashMap<>();

        /** A data folder's database: a server started again on the same folder finds its data. */
        static synchronized String databaseFor(Path dataDir) {
            return byDataDir.computeIfAbsent(dataDir.toAbsolutePath(), d -> newDatabase());
        }

        private static String newDatabase() {
            try {
                if (cluster == null) {
                    cluster = org.shopsuite.server.PostgresCluster.start();
                    org.shopsuite.server.PostgresCluster started = cluster;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            started.close();
                        } catch (java.io.IOException e) {
                            // the JVM is ending; the folder is in the temp dir
                        }
                    }));
                }
                return cluster.newDatabase().replaceFirst("^jdbc:", "");
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test PostgreSQL server", e);
            }
        }
    }
}
