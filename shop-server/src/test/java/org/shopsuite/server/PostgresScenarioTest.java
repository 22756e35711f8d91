package org.shopsuite.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.shopsuite.server.support.TestServer;

/**
 * The origin scenario, every case of {@link ScenarioTest}, on a real PostgreSQL database (issue
 * 22): a fresh database per case on a server the test starts itself, the server given it by
 * {@code SHOP_DATABASE_URL} and {@code SHOP_DATABASE_USER} as a shop would.
 */
class PostgresScenarioTest extends ScenarioTest {
    private static PostgresCluster pg;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @org.junit.jupiter.api.Test
    void backupsAreLeftToPostgresqlsOwnToolsAndSaySo() {
        org.shopsuite.server.support.Api.Res r = manager.post("/admin/backups", java.util.Map.of());
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(409);
        org.assertj.core.api.Assertions.assertThat(r.json().path("detail").asText())
                .contains("PostgreSQL")
                .contains("pg_dump");
        org.assertj.core.api.Assertions.assertThat(
                        manager.get("/admin/backups").json().path("items").size())
                .isZero();
    }

    @org.junit.jupiter.api.Test
    void withPgDumpSetTheBackupButtonMakesAPostgresqlDump(@org.junit.jupiter.api.io.TempDir Path other) {
        try (TestServer second = new TestServer(
                other,
                Clock.systemUTC(),
                false,
                Map.of(
                        "SHOP_DATABASE_URL", url,
                        "SHOP_DATABASE_USER", PostgresCluster.user(),
                        "SHOP_PG_DUMP", pg.binary("pg_dump").toString()))) {
            org.shopsuite.server.support.Api admin = org.shopsuite.server.support.Shop.admin(second);
            org.shopsuite.server.support.Api.Res r = admin.post("/admin/backups", java.util.Map.of());
            org.assertj.core.api.Assertions.assertThat(r.status())
                    .as(r.toString())
                    .isEqualTo(201);
            String name = r.json().path("name").asText();
            org.assertj.core.api.Assertions.assertThat(name).matches("shop-\\d{8}-\\d{6}-\\d{3}-manual\\.dump");
            org.assertj.core.api.Assertions.assertThat(
                            r.json().path("sizeBytes").asLong())
                    .isPositive();
            org.assertj.core.api.Assertions.assertThat(
                            admin.get("/admin/backups").json().path("items").findValuesAsText("name"))
                    .containsExactly(name);
            org.assertj.core.api.Assertions.assertThat(other.resolve("backups").resolve(name))
                    .isRegularFile();
        }
    }

    private String url;

    @Override
    TestServer newServer(Path dir) throws Exception {
        url = pg.newDatabase().replaceFirst("^jdbc:", "");
        return on(dir, url);
    }

    private static TestServer on(Path dir, String url) {
        return new TestServer(
                dir,
                Clock.systemUTC(),
                false,
                Map.of("SHOP_DATABASE_URL", url, "SHOP_DATABASE_USER", PostgresCluster.user()));
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatCannotBeReachedOrDoesNotExistIsNamedAtStart(@org.junit.jupiter.api.io.TempDir Path other) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> on(other, "postgresql://127.0.0.1:1/shop"))
                .isInstanceOf(org.shopsuite.server.config.ServerConfig.InvalidConfig.class)
                .hasMessageContaining("cannot connect to the PostgreSQL database jdbc:postgresql://127.0.0.1:1/shop");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> on(other, url.replaceFirst("/[^/]+$", "/no_such_database")))
                .isInstanceOf(org.shopsuite.server.config.ServerConfig.InvalidConfig.class)
                .hasMessageContaining("PostgreSQL refused")
                .hasMessageContaining("no_such_database");
    }
}
