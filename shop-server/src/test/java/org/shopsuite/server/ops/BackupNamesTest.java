package org.shopsuite.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Each backup gets a file of its own, however fast they come; the body has no fields. */
@Tag("sqlite") // backups are SQLite files (PostgreSQL is backed up with its own tools)
class BackupNamesTest {
    @TempDir
    Path dir;

    MutableClock clock;
    TestServer server;
    Api manager;

    @BeforeEach
    void setUp() {
        // A clock that stands still: every backup in the same millisecond, the worst case.
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        server = new TestServer(dir, clock, false);
        manager = Shop.admin(server);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
        }
    }

    @Test
    void sixBackupsInOneInstantAreSixFiles() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Shop.mechanic(manager, "정비사 " + i, "8");
            Api.Res r = manager.post("/admin/backups", null);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            names.add(r.json().path("name").asText());
        }
        assertThat(new HashSet<>(names)).as("names %s", names).hasSize(6);
        for (int i = 0; i < 6; i++) {
            Path file = dir.resolve("backups").resolve(names.get(i));
            assertThat(file).exists();
            assertThat(BackupService.verify(file)).isEqualTo("ok");
            // each is its own snapshot: the one made after the (i+1)th mechanic has i+1 of them
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM mechanics")) {
                assertThat(rs.getInt(1)).as(names.get(i)).isEqualTo(i + 1);
            }
        }
        assertThat(files()).hasSize(6);
        JsonNode listed = manager.get("/admin/backups").json().path("items");
        List<String> listedNames = new ArrayList<>();
        listed.forEach(b -> listedNames.add(b.path("name").asText()));
        List<String> newestFirst = new ArrayList<>(names);
        java.util.Collections.reverse(newestFirst);
        assertThat(listedNames).as("newest first").containsExactlyElementsOf(newestFirst);
        listed.forEach(b -> {
            assertThat(b.path("kind").asText()).isEqualTo("manual");
            assertThat(b.path("createdAt").asText()).isEqualTo(clock.instant().toString());
        });
    }

    @Test
    void sixConcurrentBackupsAreSixFiles() throws Exception {
        clock.advance(java.time.Duration.ofMillis(123));
        List<Api.Res> answers = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Api.Res>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> manager.post("/admin/backups", null)));
            }
            for (var f : calls) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> names = new HashSet<>();
        for (Api.Res r : answers) {
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            names.add(r.json().path("name").asText());
        }
        assertThat(names).hasSize(6);
        assertThat(files()).hasSize(6);
        for (Path f : files()) {
            assertThat(BackupService.verify(f)).isEqualTo("ok");
        }
    }

    @Test
    void backupsNamedTheOldWayAreStillListedAndKept() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.ofInstant(clock.instant().minusSeconds(3600), ZoneOffset.UTC));
        String old = "shop-" + stamp + "-auto.db";
        Api.Res made = manager.post("/admin/backups", null);
        Files.copy(
                dir.resolve("backups").resolve(made.json().path("name").asText()),
                dir.resolve("backups").resolve(old));
        assertThat(manager.post("/admin/backups", null).status()).isEqualTo(201);
        JsonNode listed = manager.get("/admin/backups").json().path("items");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(2).path("name").asText()).isEqualTo(old);
        assertThat(listed.get(2).path("kind").asText()).isEqualTo("auto");
        assertThat(listed.get(2).path("ageSeconds").asLong()).isEqualTo(3600);
    }

    @Test
    void theBodyHasNoFields() {
        Api.Res unknown = manager.post("/admin/backups", "{\"label\":\"before the update\"}");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("label");
        assertThat(manager.post("/admin/backups", "[1]").status()).isEqualTo(400);
        assertThat(manager.post("/admin/backups", "{oops").status()).isEqualTo(400);
        assertThat(manager.get("/admin/backups").json().path("items")).isEmpty();

        assertThat(manager.post("/admin/backups", "{}").status()).isEqualTo(201);
        assertThat(manager.post("/admin/backups", null).status()).isEqualTo(201);
        assertThat(manager.send("POST", "/admin/backups", "", Map.of()).status())
                .isEqualTo(201);
        assertThat(manager.get("/admin/backups").json().path("items")).hasSize(3);
    }

    @Test
    void aRepeatedIdempotencyKeyMakesOneBackup() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "backup-before-update-1");
        Api.Res first = manager.post("/admin/backups", null, key);
        Api.Res again = manager.post("/admin/backups", null, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(files()).hasSize(1);
        Api.Res other = manager.post("/admin/backups", "{\"label\":\"x\"}", key);
        assertThat(other.status()).as("the key with another body").isIn(400, 422);
        assertThat(manager.post("/admin/backups", null, Map.of("Idempotency-Key", "another"))
                        .status())
                .isEqualTo(201);
        assertThat(files()).hasSize(2);
    }
}
