package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.db.Migrator;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Pdfs;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * A database made by the first release (schema 1, demo shop) is upgraded to the current schema by
 * starting the server on it; every row of every table it had is still there, unchanged.
 */
@Tag("sqlite") // upgrades of released SQLite databases
class UpgradeTest {
    static final String FIXTURE = "/fixtures/release-0.1-demo.db";

    @TempDir
    Path dir;

    @Test
    void theFirstReleasesDatabaseUpgradesWithEveryRecordIntact() throws Exception {
        Path old = dir.resolve("old.db");
        try (InputStream in = UpgradeTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, old);
        }
        Map<String, List<List<Object>>> before = dump(old, columns(old));
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.copy(old, data.resolve("shop.db"));

        long newReceipt;
        try (TestServer server = new TestServer(data)) {
            Api.Res ready = server.api().get("/ready");
            assertThat(ready.json().path("schemaVersion").asInt()).isEqualTo(Migrator.latestVersion());
            Api manager = server.api().as("manager", DemoData.PASSWORD);
            assertThat(manager.get("/receipts").json().path("items")).hasSize(8);
            assertThat(manager.get("/invoices/2").json().path("total").asLong()).isEqualTo(307_450);
            assertThat(manager.get("/statusPages?limit=500").json().path("items"))
                    .hasSize(8);
            Api.Res r = Shop.receipt(manager, 1, "0.5");
            assertThat(r.status()).isEqualTo(201);
            newReceipt = r.id();
            var events = manager.get("/events?since=97").json().path("items");
            assertThat(events.get(0).path("seq").asLong()).isEqualTo(98);
        }
        Map<String, List<List<Object>>> after = dump(data.resolve("shop.db"), columns(old));
        for (var table : before.keySet()) {
            assertThat(after.get(table)).as("every row of %s, unchanged", table).containsAll(before.get(table));
        }
        assertThat(after.get("receipts")).hasSize(9);
        assertThat(newReceipt).isEqualTo(9);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("shop.db"));
                ResultSet r =
                        c.createStatement().executeQuery("SELECT COUNT(*), COUNT(checksum) FROM schema_version")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(Migrator.latestVersion());
            assertThat(r.getInt(2))
                    .as("every migration has its checksum, V1 too")
                    .isEqualTo(r.getInt(1));
        }
    }

    @Test
    void invoicesIssuedBeforeTheUpgradeKeepTheShopSettingsAsTheyStoodAtTheUpgrade() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (InputStream in = UpgradeTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, data.resolve("shop.db"));
        }
        // The settings as they stand when the new server first starts: these, not today's defaults.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("shop.db"))) {
            c.createStatement().executeUpdate("UPDATE shop SET address = '서울특별시 마포구 월드컵로 125'");
        }
        try (TestServer server = new TestServer(data)) {
            Api manager = server.api().as("manager", DemoData.PASSWORD);
            JsonNode shop = manager.get("/shop").json();
            assertThat(shop.path("businessRegistrationNumber").isNull()).isTrue();
            JsonNode first = manager.get("/locations").json().path("items");
            assertThat(first)
                    .as("the shop became its first location at the upgrade")
                    .hasSize(1);
            assertThat(first.get(0).path("id").asLong()).isEqualTo(1);
            assertThat(first.get(0).path("name").asText())
                    .isEqualTo(shop.path("name").asText());
            assertThat(first.get(0).path("address").asText()).isEqualTo("서울특별시 마포구 월드컵로 125");
            assertThat(first.get(0).path("invoicePrefix").asText())
                    .isEqualTo(shop.path("invoicePrefix").asText());
            Api.Res put = manager.put(
                    "/shop",
                    Api.obj(
                            "name", "새 상호",
                            "address", "부산",
                            "phone", "051-000-0000",
                            "businessRegistrationNumber", "123-45-67891",
                            "representative", "김한빛",
                            "currency", "KRW",
                            "laborRatePerHour", 70_000,
                            "taxRatePercent", 7,
                            "timezone", "Asia/Seoul",
                            "invoicePrefix", "INV"),
                    Map.of("If-Match", manager.get("/shop").header("ETag")));
            assertThat(put.status()).as(put.toString()).isEqualTo(200);

            JsonNode inv = manager.get("/invoices/2").json();
            assertThat(inv.path("taxRatePercent").decimalValue()).isEqualByComparingTo("10");
            assertThat(inv.path("laborRatePerHour").asLong())
                    .as("from the invoice's own labour line")
                    .isEqualTo(66_000);
            assertThat(inv.path("currency").asText()).isEqualTo("KRW");
            JsonNode issuer = inv.path("issuer");
            assertThat(issuer.path("name").asText()).isEqualTo("한빛 자동차 정비소 (Hanbit Auto Repair)");
            assertThat(issuer.path("address").asText()).isEqualTo("서울특별시 마포구 월드컵로 125");
            assertThat(issuer.path("phone").asText()).isEqualTo("02-123-4567");
            assertThat(issuer.path("businessRegistrationNumber").isNull()).isTrue();
            assertThat(issuer.path("representative").isNull()).isTrue();
            assertThat(Pdfs.invoiceText(manager, 2))
                    .contains("Tax (10%)", "한빛 자동차 정비소", "월드컵로 125")
                    .doesNotContain("7%", "새 상호", "부산");
            // the board learns each current invoice's status
            assertThat(manager.get("/statusPages/2")
                            .json()
                            .path("invoiceStatus")
                            .asText())
                    .isEqualTo("PARTIALLY_PAID");
            assertThat(manager.get("/statusPages/1")
                            .json()
                            .path("invoiceStatus")
                            .asText())
                    .isEqualTo("PAID");
        }
    }

    /** The tables of a database file and their columns. */
    private static Map<String, List<String>> columns(Path file) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet t = c.createStatement()
                        .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                + " AND name <> 'schema_version' ORDER BY name")) {
            while (t.next()) {
                String table = t.getString(1);
                List<String> names = new ArrayList<>();
                try (ResultSet r = c.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (r.next()) {
                        names.add(r.getString("name"));
                    }
                }
                out.put(table, names);
            }
        }
        return out;
    }

    /** Every row of the given tables, only the given columns, in rowid order. */
    private static Map<String, List<List<Object>>> dump(Path file, Map<String, List<String>> tables) throws Exception {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (var e : tables.entrySet()) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet r = c.createStatement()
                        .executeQuery("SELECT " + String.join(", ", e.getValue()) + " FROM " + e.getKey()
                                + " ORDER BY rowid")) {
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= e.getValue().size(); i++) {
                            row.add(r.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                out.put(e.getKey(), rows);
            }
        }
        return out;
    }
}
