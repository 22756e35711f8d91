package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.ops.Restore;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 14, defect 10: the data folder holds password hashes and customers' data, so it is 0700 and
 * its files 0600 (database, -wal, -shm, backups, logs, lock), whatever the umask, and a folder an
 * older version left readable is tightened at start.
 */
@Tag("sqlite") // the data folder's files and their permissions
class PrivateDataTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void startedAsDocumentedWithUmask022_everyFileIs0600AndEveryFolder0700() throws Exception {
        Path data = tmp.resolve("data");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "umask 022 && exec \"$@\"",
                "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.shopsuite.server.ShopServer",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--data-dir",
                data.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SHOP_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        pb.environment().put("SHOP_PASSWORD_ITERATIONS", "1000");
        pb.environment().put("SHOP_RATE_LIMIT", "0");
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("server.out").toFile());
        Process p = pb.start();
        try {
            Api api = awaitReady(new Api("http://127.0.0.1:" + port), p);
            Api manager = api.as("admin", TestServer.ADMIN_PASSWORD);
            assertThat(manager.post("/admin/backups", null).status()).isEqualTo(201);
            Shop.mechanic(manager, "김민수", "24"); // a write: the WAL has content

            Map<String, String> modes = modes(data);
            assertThat(modes)
                    .as("what the server made")
                    .containsKeys(".", "shop.db", "shop.db-wal", "shop.db-shm", "shop.lock", "logs", "backups");
            assertThat(modes.keySet()).anyMatch(k -> k.startsWith("logs/shop-server"));
            assertThat(modes.keySet()).anyMatch(k -> k.startsWith("backups/shop-"));
            assertPrivate(data, modes);
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void aFolderAnOlderVersionLeftReadable_isTightenedAtStart() throws Exception {
        Path data = tmp.resolve("old");
        try (TestServer server = new TestServer(data)) {
            Api manager = Shop.admin(server);
            assertThat(manager.post("/admin/backups", null).status()).isEqualTo(201);
        }
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/shop-server.2026-11-20.0.log.gz"), "old log");
        Files.writeString(data.resolve("notes-of-the-owner.txt"), "not the server's");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : all.toList()) {
                Files.setPosixFilePermissions(
                        f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        try (TestServer server = new TestServer(data)) {
            assertThat(server.api().get("/health").status()).isEqualTo(200);
            Map<String, String> modes = modes(data);
            modes.remove("notes-of-the-owner.txt"); // not the server's to change
            assertPrivate(data, modes);
            assertThat(Files.getPosixFilePermissions(data.resolve("notes-of-the-owner.txt")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aRestoredDatabaseAndItsSafetyCopyAre0600() throws Exception {
        Path data = tmp.resolve("restore");
        try (TestServer server = new TestServer(data)) {
            Api manager = Shop.admin(server);
            assertThat(manager.post("/admin/backups", null).status()).isEqualTo(201);
        }
        Path backup;
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            backup = s.findFirst().orElseThrow();
        }
        Path outside = tmp.resolve("copied-by-hand.db");
        Files.copy(backup, outside);
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));

        Path safety = Restore.run(outside, ServerConfig.load(new String[] {"--data-dir", data.toString()}, Map.of()));

        assertThat(mode(data.resolve("shop.db"))).isEqualTo("rw-------");
        assertThat(mode(safety)).isEqualTo("rw-------");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void assertPrivate(Path data, Map<String, String> modes) {
        Map<String, String> expected = new TreeMap<>();
        modes.keySet()
                .forEach(name -> expected.put(name, Files.isDirectory(data.resolve(name)) ? "rwx------" : "rw-------"));
        assertThat(modes).as("folders 0700, files 0600").isEqualTo(expected);
    }

    /** Every file and folder under data, by relative path ("." for data itself), with its mode. */
    private static Map<String, String> modes(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : all.toList()) {
                String name = data.equals(f) ? "." : data.relativize(f).toString();
                try {
                    out.put(name, mode(f));
                } catch (java.nio.file.NoSuchFileException e) {
                    // a file that came and went meanwhile (a journal)
                }
            }
        }
        return out;
    }

    private static String mode(Path f) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }

    private static Api awaitReady(Api api, Process p) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (api.get("/ready").status() == 200) {
                    return api;
                }
            } catch (RuntimeException e) {
                // not up yet
            }
            if (!p.isAlive()) {
                throw new AssertionError("the server exited with " + p.exitValue());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
