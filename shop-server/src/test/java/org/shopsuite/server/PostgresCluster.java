package org.shopsuite.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, started from Debian's {@code postgresql} package (or the
 * binaries in {@code SHOP_PG_BIN}) in a fresh data folder, listening on loopback only, stopped by
 * {@link #close()}. PostgreSQL refuses to run as root: as root (CI), it runs as the unprivileged
 * user {@value #USER}, made here if {@code .ci/run} has not made it. Without the binaries the tests
 * that need it are skipped on a developer's machine and fail in CI ({@code CI} set), where
 * {@code .ci/run} installs them.
 *
 * <p>The cluster sorts text by code point ({@code LC_COLLATE=C}, as SQLite compares) and reads
 * characters as UTF-8 ({@code LC_CTYPE=C.UTF-8}, so the trigram index takes Hangul).
 */
public final class PostgresCluster implements AutoCloseable {
    static final String USER = "shoppg";
    private static final AtomicInteger databases = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;
    private volatile boolean stopped;

    private PostgresCluster(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** Starts a cluster, or skips the test (fails in CI) when this machine has no PostgreSQL. */
    public static PostgresCluster start() throws Exception {
        Path bin = binaries();
        if (bin == null) {
            String why = "no PostgreSQL server binaries (Debian: apt-get install postgresql; or set SHOP_PG_BIN)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why + "; .ci/run installs them");
            }
            Assumptions.abort(why);
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        if (asRoot) {
            ensureUser();
        }
        Path dir = Files.createTempDirectory(
                Path.of(System.getProperty("java.io.tmpdir")),
                "shop-pg",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        if (asRoot) {
            run(List.of("chown", USER, data.toString(), dir.toString()), dir);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresCluster c = new PostgresCluster(bin, dir, port, asRoot);
        c.pg(
                "initdb",
                "-D",
                data.toString(),
                "-U",
                "shop",
                "--auth=trust",
                "-E",
                "UTF8",
                "--lc-collate=C",
                "--lc-ctype=C.UTF-8",
                "--no-sync");
        c.pg(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                // loopback only, the socket in our folder, no fsync: a test cluster, thrown away
                "-o",
                "-h 127.0.0.1 -p " + port + " -k " + dir + " -F -c max_connections=200",
                "start");
        return c;
    }

    /** A new, empty database on this cluster; answers its JDBC URL. */
    public String newDatabase() throws SQLException {
        String name = "shop_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "shop", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public static String user() {
        return "shop";
    }

    /**
     * Stops PostgreSQL at once, as a crash or a kill would (every connection is cut, nothing is
     * shut down cleanly; it recovers from its WAL), and starts it again on the same port.
     */
    public void restart() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "-t", "60", "restart");
    }

    /** One of the cluster's programs ({@code pg_dump}, {@code pg_restore}...). */
    public Path binary(String name) {
        return bin.resolve(name);
    }

    /** Stops PostgreSQL at once, for good (the folder goes at {@link #close()}). */
    public void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        stopped = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!stopped) {
                pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void pg(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asRoot) {
            cmd.addAll(List.of("runuser", "-u", USER, "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        run(cmd, dir);
    }

    private static void run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("shop-pg", ".log");
        try {
            Process p = new ProcessBuilder(cmd)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(
                        cmd + " exited with " + p.exitValue() + ":\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void ensureUser() throws IOException, InterruptedException {
        Process id =
                new ProcessBuilder("id", "-u", USER).redirectErrorStream(true).start();
        id.getInputStream().readAllBytes();
        if (id.waitFor() != 0) {
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER), Path.of("/"));
        }
    }

    /** {@code SHOP_PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin} with initdb. */
    private static Path binaries() throws IOException {
        String given = System.getenv("SHOP_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent())))
                    .orElse(null);
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
