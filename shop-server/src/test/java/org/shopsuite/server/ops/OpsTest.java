package org.shopsuite.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Backups, restore, metrics and the data-directory lock. */
@Tag("sqlite") // online backups, restore and the data folder's lock are SQLite's
class OpsTest {
    @TempDir
    Path dir;

    @Test
    void aManagerBacksUpOnlineAndTheBackupIsVerified() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Shop.mechanic(manager, "김민수", "8");
            Api.Res made = manager.post("/admin/backups", null);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            String name = made.json().path("name").asText();
            assertThat(name).matches("shop-\\d{8}-\\d{6}-\\d{3}-manual\\.db");
            Path file = dir.resolve("backups").resolve(name);
            assertThat(BackupService.verify(file)).isEqualTo("ok");
            assertThat(made.json().path("sizeBytes").asLong())
                    .isEqualTo(file.toFile().length());
            assertThat(manager.get("/admin/backups").json().path("items")).hasSize(1);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            assertThat(counter.post("/admin/backups", null).status()).isEqualTo(403);
            assertThat(server.api().get("/admin/backups").status()).isEqualTo(401);
        }
    }

    @Test
    void automaticBackupsKeepSevenDailyAndFourWeekly() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T03:00:00Z"));
        try (Database db = Database.open(dir.resolve("shop.db"), 1)) {
            BackupService backups = new BackupService(db, dir.resolve("backups"), 7, 4, clock);
            for (int day = 0; day < 40; day++) {
                backups.daily();
                backups.daily(); // a second call the same day does nothing
                clock.advance(Duration.ofDays(1));
            }
            var kept = backups.list();
            // the last 7 days, plus the newest of each of the last 4 weeks not already kept
            assertThat(kept.size()).isBetween(8, 11);
            assertThat(kept).allMatch(b -> b.kind().equals("auto"));
            assertThat(kept.get(0).ageSeconds()).isEqualTo(Duration.ofDays(1).toSeconds());
            assertThat(kept.get(kept.size() - 1).ageSeconds())
                    .isLessThanOrEqualTo(Duration.ofDays(28).toSeconds());
            for (int i = 0; i < 7; i++) {
                assertThat(kept.get(i).ageSeconds())
                        .isEqualTo(Duration.ofDays(i + 1).toSeconds());
            }
        }
    }

    @Test
    void restorePutsABackupBackAndKeepsTheCurrentDatabase() {
        long keptMechanic;
        Path backup;
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            keptMechanic = Shop.mechanic(manager, "김민수", "8");
            backup = dir.resolve("backups")
                    .resolve(manager.post("/admin/backups", null)
                            .json()
                            .path("name")
                            .asText());
            Shop.mechanic(manager, "after the backup", "8");
            // while the server runs, restore refuses
            assertThatThrownBy(() -> Restore.run(backup, config()))
                    .hasMessageContaining("another Shop Suite server is using");
        }
        Path safety = Restore.run(backup, config());
        assertThat(safety).exists();
        try (TestServer again = new TestServer(dir)) {
            Api manager = Shop.admin(again);
            var names = manager.get("/mechanics").json().path("items").findValuesAsText("name");
            assertThat(names).containsExactly("김민수");
            assertThat(manager.get("/mechanics/" + keptMechanic).status()).isEqualTo(200);
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotAShopDatabase() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database");
        assertThatThrownBy(() -> Restore.run(junk, config())).hasMessageContaining("not a sound");
    }

    @Test
    void metricsAreServedToLoopbackInPrometheusFormat() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            manager.get("/mechanics");
            manager.get("/receipts/999");
            Api.Res r = server.api().get("/metrics");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/plain");
            assertThat(r.body())
                    .contains("shop_http_requests_total{method=\"GET\",route=\"/mechanics\",status=\"200\"} 1")
                    .contains("shop_http_requests_total{method=\"GET\",route=\"/receipts/{id}\",status=\"404\"} 1")
                    .contains(
                            "shop_http_request_duration_seconds_bucket{method=\"GET\",route=\"/mechanics\",le=\"+Inf\"} 1")
                    .contains("shop_event_seq ")
                    .contains("shop_stream_clients 0")
                    .contains("shop_database_size_bytes ")
                    .contains("shop_last_backup_age_seconds NaN");
        }
    }

    @Test
    void everyLiveEventWrittenToEveryStreamClientIsTimedFromItsCommit() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanicId = Shop.mechanic(manager, "김민수", "8");
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            long before = metric(server, "shop_event_seq");
            assertThat(before).isPositive();
            try (EventClient a = EventClient.connect(counter, 0L);
                    EventClient b = EventClient.connect(manager, 0L)) {
                a.awaitSeq(before, Duration.ofSeconds(10));
                b.awaitSeq(before, Duration.ofSeconds(10));
                // Read back from the database: not live, not timed.
                assertThat(metric(server, "shop_event_push_seconds_count")).isZero();

                assertThat(Shop.receipt(counter, mechanicId, "2").status()).isEqualTo(201);
                long live = metric(server, "shop_event_seq") - before;
                assertThat(live).isPositive();
                a.awaitSeq(before + live, Duration.ofSeconds(10));
                b.awaitSeq(before + live, Duration.ofSeconds(10));
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (metric(server, "shop_event_push_seconds_count") < 2 * live && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(metric(server, "shop_event_push_seconds_count")).isEqualTo(2 * live);
                assertThat(server.api().get("/metrics").body())
                        .contains("# TYPE shop_event_push_seconds histogram")
                        .contains("shop_event_push_seconds_bucket{le=\"0.0005\"} ")
                        .contains("shop_event_push_seconds_bucket{le=\"+Inf\"} " + 2 * live);
            }
        }
    }

    private static long metric(TestServer server, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + " (\\d+)")
                .matcher(server.api().get("/metrics").body());
        assertThat(m.find()).as(name).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefused() {
        try (TestServer server = new TestServer(dir)) {
            assertThatThrownBy(() -> new TestServer(dir))
                    .isInstanceOf(ServerConfig.InvalidConfig.class)
                    .hasMessageContaining("another Shop Suite server is using");
            assertThat(server.api().get("/health").status()).isEqualTo(200);
        }
    }

    private ServerConfig config() {
        return ServerConfig.load(new String[] {"--data-dir", dir.toString()}, Map.of());
    }
}
