package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.ops.MigrateToPostgres;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 22: {@code migrate-to-postgres} moves a shop (the demo shop, every feature in it) from its
 * SQLite file into an empty PostgreSQL database: the API then answers the same on PostgreSQL, the
 * sessions go on, new rows continue after the copied ids, and a second copy into the same database
 * is refused.
 */
class PostgresMigrationTest {
    @TempDir
    Path sqlite;

    @TempDir
    Path other;

    static final List<String> READS = List.of(
            "/receipts?limit=500",
            "/statusPages?limit=500",
            "/jobs?limit=500",
            "/vehicleParts?limit=500",
            "/customers?limit=500",
            "/vehicles?limit=500",
            "/invoices?limit=500",
            "/appointments?limit=500",
            "/cannedJobs?limit=500",
            "/promotions?limit=500",
            "/subletOrders?limit=500",
            "/bays",
            "/purchaseOrders?limit=500",
            "/counterSales?limit=500",
            "/warrantyClaims?limit=500",
            "/users?limit=500",
            "/mechanics?limit=500",
            "/suppliers?limit=500",
            "/shop",
            "/events?limit=500");

    @Test
    void theDemoShopMovesToPostgresqlAndAnswersTheSame() throws Exception {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        String token;
        try (TestServer s = new TestServer(sqlite, Clock.systemUTC(), true)) {
            Api manager = Shop.admin(s);
            token = manager.token();
            for (String path : READS) {
                Api.Res r = manager.get(path);
                assertThat(r.status()).as(path + " " + r).isEqualTo(200);
                before.put(path, r.json());
            }
        }
        try (PostgresCluster pg = PostgresCluster.start()) {
            String jdbc = pg.newDatabase();
            ServerConfig.Postgres target = new ServerConfig.Postgres(jdbc, PostgresCluster.user(), null);
            List<String> progress = new ArrayList<>();
            MigrateToPostgres.Report report = MigrateToPostgres.run(sqlite, target, progress::add);
            assertThat(report.rows().get("receipts"))
                    .isEqualTo(before.get("/receipts?limit=500").path("items").size());
            assertThat(report.rows().get("events")).isPositive();
            assertThat(progress).contains("receipts: " + report.rows().get("receipts") + " rows");

            try (TestServer onPg = new TestServer(
                    other,
                    Clock.systemUTC(),
                    false,
                    Map.of(
                            "SHOP_DATABASE_URL",
                            jdbc.replaceFirst("^jdbc:", ""),
                            "SHOP_DATABASE_USER",
                            PostgresCluster.user()))) {
                Api manager = onPg.api().withToken(token); // the session came along
                for (String path : READS) {
                    Api.Res r = manager.get(path);
                    assertThat(r.status()).as(path + " " + r).isEqualTo(200);
                    assertThat(r.json()).as(path).isEqualTo(before.get(path));
                }
                long mechanic = before.get("/mechanics?limit=500")
                        .path("items")
                        .get(0)
                        .path("id")
                        .asLong();
                Api.Res added = Shop.receipt(manager, mechanic, "0.5");
                assertThat(added.status()).as(added.toString()).isEqualTo(201);
                long highest = 0;
                for (JsonNode r : before.get("/receipts?limit=500").path("items")) {
                    highest = Math.max(highest, r.path("id").asLong());
                }
                assertThat(added.id())
                        .as("new rows continue after the copied ids")
                        .isEqualTo(highest + 1);
            }
            assertThatThrownBy(() -> MigrateToPostgres.run(sqlite, target, line -> {}))
                    .isInstanceOf(ServerConfig.InvalidConfig.class)
                    .hasMessageContaining("is not empty");
        }
    }

    @Test
    @SuppressWarnings("try") // the server only runs meanwhile
    void aShopWhoseServerRunsIsNotCopied() {
        try (TestServer s = new TestServer(sqlite, Clock.systemUTC(), false)) {
            assertThatThrownBy(() -> MigrateToPostgres.run(
                            sqlite,
                            new ServerConfig.Postgres("jdbc:postgresql://127.0.0.1:1/none", "shop", null),
                            line -> {}))
                    .isInstanceOf(ServerConfig.InvalidConfig.class)
                    .hasMessageContaining("stop it first");
        }
    }
}
