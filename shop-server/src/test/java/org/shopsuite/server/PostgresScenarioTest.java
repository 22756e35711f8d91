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

    @Override
    TestServer newServer(Path dir) throws Exception {
        String url = pg.newDatabase().replaceFirst("^jdbc:", "");
        return new TestServer(
                dir,
                Clock.systemUTC(),
                false,
                Map.of("SHOP_DATABASE_URL", url, "SHOP_DATABASE_USER", PostgresCluster.user()));
    }
}
