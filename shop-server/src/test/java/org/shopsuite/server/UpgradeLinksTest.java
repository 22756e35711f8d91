package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Migrator;
import org.shopsuite.server.support.Api;

/**
 * The upgrade to customers and vehicles (schema 7) links every receipt of a released database with
 * the find-or-create rules of {@code POST /receipts}: deterministically (the same data gives the
 * same records) and exactly once, even when the server is killed in the middle of it.
 */
@Tag("sqlite") // upgrades of released SQLite databases
class UpgradeLinksTest {
    @TempDir
    Path dir;

    @Test
    void theFirstReleasesDemoShopIsLinkedTheSameWayEveryTime() throws Exception {
        List<List<Object>> first = null;
        for (String run : new String[] {"a", "b"}) {
            Path file = dir.resolve(run + ".db");
            try (InputStream in = UpgradeLinksTest.class.getResourceAsStream(UpgradeTest.FIXTURE)) {
                Files.copy(in, file);
            }
            Database.open(file, 1).close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertThat(count(c, "SELECT COUNT(*) FROM receipts WHERE customer_id IS NULL OR vehicle_id IS NULL"))
                        .isZero();
                assertThat(count(c, "SELECT COUNT(*) FROM receipts")).isEqualTo(8);
                // the demo shop of release 0.1: eight receipts, eight cars, eight phones
                assertThat(count(c, "SELECT COUNT(*) FROM vehicles")).isEqualTo(8);
                assertThat(count(c, "SELECT COUNT(*) FROM customers")).isEqualTo(8);
                invariants(c);
                List<List<Object>> links = links(c);
                if (first == null) {
                    first = links;
                } else {
                    assertThat(links).as("the same data gives the same records").isEqualTo(first);
                }
            }
        }
    }

    @Test
    void repeatVisitsSoldCarsAndSharedPhonesFollowTheReceiptRules() throws Exception {
        Path file = dir.resolve("rules.db");
        Migrator.createAt(file, 6);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            mechanic(c);
            try (PreparedStatement ins = insert(c)) {
                add(ins, 1, "김철수", "010-1111-2222", "12가 3456", 10_000); // creates 김철수 and the car
                add(ins, 2, "김철수", "01011112222", "12가-3456", 12_000); // the same car, the same man
                add(ins, 3, "김철수", "010-1111-2222", "34나 5678", 500); // his second car
                add(ins, 4, "박영희", "010-3333-4444", "12가3456", 13_000); // someone else brings it: still his
                add(ins, 5, "박영희", "010-3333-4444", "서울12가3456", null); // a regional plate: another car
                add(ins, 6, "이민호", null, "TEMP 1", null); // no phone, non-standard plate
                add(ins, 7, "이민호", null, "TEMP 2", null); // no phone: a new customer again
                ins.executeBatch();
            }
        }
        Database.open(file, 1).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            invariants(c);
            assertThat(links(c))
                    .containsExactly(
                            List.of(1L, 1L, 1L),
                            List.of(2L, 1L, 1L),
                            List.of(3L, 1L, 2L),
                            List.of(4L, 1L, 1L),
                            List.of(5L, 2L, 3L),
                            List.of(6L, 3L, 4L),
                            List.of(7L, 4L, 5L));
            assertThat(
                            one(
                                    c,
                                    "SELECT plate || '/' || plate_standard || '/' || last_mileage_km FROM vehicles WHERE id = 1"))
                    .isEqualTo("12가3456/1/13000");
            assertThat(one(c, "SELECT plate || '/' || plate_standard FROM vehicles WHERE id = 4"))
                    .isEqualTo("TEMP 1/0");
            assertThat(one(c, "SELECT phone FROM customer_phones WHERE customer_id = 1"))
                    .isEqualTo("01011112222");
            assertThat(count(c, "SELECT COUNT(*) FROM receipts WHERE in_shop = 1"))
                    .isEqualTo(7);
        }
    }

    @Test
    @Tag("slow")
    void aKillInTheMiddleOfTheUpgradeLeavesNothingHalfDoneAndTheRestartLinksEveryReceiptOnce() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path file = data.resolve("shop.db");
        Migrator.createAt(file, 6);
        int receipts = 250_000;
        SplittableRandom random = new SplittableRandom(16);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            mechanic(c);
            try (PreparedStatement ins = insert(c)) {
                for (int i = 1; i <= receipts; i++) {
                    int car = random.nextInt(100_000);
                    int owner = car % 70_000;
                    String plate = (10 + car % 90) + "가" + (car % 3 == 0 ? " " : car % 3 == 1 ? "-" : "")
                            + (1000 + car / 90 % 9000);
                    add(
                            ins,
                            i,
                            "고객" + owner,
                            owner % 20 == 0 ? null : "010-" + (1000 + owner / 10) + "-" + owner % 10,
                            plate,
                            i);
                    if (i % 10_000 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
            c.commit();
        }
        Path copy = dir.resolve("uninterrupted.db");
        Files.copy(file, copy);

        int port = freePort();
        Path log = dir.resolve("first.log");
        Process server = start(data, port, log);
        try {
            long end = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < end
                    && !(Files.exists(log) && Files.readString(log).contains("100000 receipts read"))) {
                Thread.sleep(20);
            }
            assertThat(Files.readString(log)).contains("upgrade to customers and vehicles: 100000 receipts read");
        } finally {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL mid-upgrade
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(count(c, "SELECT MAX(version) FROM schema_version"))
                    .as("killed before the upgrade committed")
                    .isEqualTo(6);
            assertThat(count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customers'"))
                    .isZero();
        }

        Process again = start(data, port, dir.resolve("second.log"));
        try {
            Api api = new Api("http://127.0.0.1:" + port);
            long end = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < end) {
                try {
                    if (api.get("/ready").status() == 200) {
                        break;
                    }
                } catch (RuntimeException e) {
                    // not up yet
                }
                Thread.sleep(100);
            }
            assertThat(api.get("/ready").status()).isEqualTo(200);
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
        Database.open(copy, 1).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Connection u = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            invariants(c);
            assertThat(count(c, "SELECT COUNT(*) FROM receipts")).isEqualTo(receipts);
            assertThat(count(c, "SELECT COUNT(*) FROM vehicles"))
                    .as("every plate drawn is one vehicle")
                    .isEqualTo(count(
                            c, "SELECT COUNT(DISTINCT replace(replace(car_id, ' ', ''), '-', '')) FROM receipts"));
            assertThat(links(c))
                    .as("the same records as an upgrade never interrupted")
                    .isEqualTo(links(u));
            assertThat(table(c, "SELECT id, name, last_seen_at FROM customers ORDER BY id"))
                    .isEqualTo(table(u, "SELECT id, name, last_seen_at FROM customers ORDER BY id"));
            assertThat(table(c, "SELECT id, plate, customer_id, last_mileage_km FROM vehicles ORDER BY id"))
                    .isEqualTo(table(u, "SELECT id, plate, customer_id, last_mileage_km FROM vehicles ORDER BY id"));
        }
    }

    /** What holds in every database: each receipt linked, each vehicle with exactly one current owner. */
    static void invariants(Connection c) throws Exception {
        assertThat(count(c, "SELECT COUNT(*) FROM receipts WHERE customer_id IS NULL OR vehicle_id IS NULL"))
                .as("receipts without a customer or a vehicle")
                .isZero();
        assertThat(
                        count(
                                c,
                                "SELECT COUNT(*) FROM vehicles v WHERE (SELECT COUNT(*) FROM vehicle_owners o"
                                        + " WHERE o.vehicle_id = v.id AND o.to_at IS NULL AND o.customer_id = v.customer_id) <> 1"))
                .as("vehicles without exactly one current owner")
                .isZero();
        assertThat(count(
                        c,
                        "SELECT COUNT(*) FROM receipts r JOIN vehicles v ON v.id = r.vehicle_id"
                                + " WHERE r.customer_id <> v.customer_id"))
                .as("after the upgrade a receipt's customer is its car's owner")
                .isZero();
        assertThat(one(c, "PRAGMA foreign_key_check")).isNull();
    }

    private static List<List<Object>> links(Connection c) throws Exception {
        return table(c, "SELECT id, customer_id, vehicle_id FROM receipts ORDER BY id");
    }

    private static List<List<Object>> table(Connection c, String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Integer x ? Long.valueOf(x) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void mechanic(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO mechanics (id, name, daily_capacity_centi, active, version, created_at, updated_at)"
                    + " VALUES (1, '김민수', 800, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }
    }

    private static PreparedStatement insert(Connection c) throws Exception {
        return c.prepareStatement("INSERT INTO receipts (id, customer_name, customer_phone, car_id, mileage_km,"
                + " mechanic_id, request_date, estimated_centi, request, status, created_by, created_at, updated_at,"
                + " version) VALUES (?, ?, ?, ?, ?, 1, '2026-01-01', 100, '점검', 'ACCEPTED', 'counter', ?, ?, 1)");
    }

    private static void add(PreparedStatement ins, long id, String name, String phone, String plate, Integer km)
            throws Exception {
        String at = java.time.Instant.parse("2020-01-01T00:00:00Z")
                .plusSeconds(id * 60)
                .toString();
        ins.setLong(1, id);
        ins.setString(2, name);
        ins.setString(3, phone);
        ins.setString(4, plate);
        if (km == null) {
            ins.setNull(5, java.sql.Types.INTEGER);
        } else {
            ins.setInt(5, km);
        }
        ins.setString(6, at);
        ins.setString(7, at);
        ins.addBatch();
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Process start(Path data, int port, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.shopsuite.server.ShopServer",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--data-dir",
                data.toString());
        pb.environment().put("SHOP_ADMIN_PASSWORD", "upgrade-admin-pw");
        pb.environment().put("SHOP_PASSWORD_ITERATIONS", "1000");
        pb.environment().put("SHOP_BACKUPS_AUTOMATIC", "false");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }
}
