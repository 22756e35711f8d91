package org.shopsuite.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link CrashTest} on PostgreSQL (issue 22): the server process, on a database of a real
 * PostgreSQL, killed with SIGKILL under the same concurrent writes and restarted; every
 * acknowledged write is there, nothing half-done is visible, seq is gapless.
 */
class PostgresCrashTest extends CrashTest {
    private static PostgresCluster pg;
    private String url;

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

    @BeforeEach
    void newDatabase() throws Exception {
        url = pg.newDatabase();
    }

    @Override
    Map<String, String> database() {
        return Map.of(
                "SHOP_DATABASE_URL", url.replaceFirst("^jdbc:", ""), "SHOP_DATABASE_USER", PostgresCluster.user());
    }

    @Override
    String days(String column) {
        return "(EXTRACT(EPOCH FROM CAST(" + column + " AS TIMESTAMPTZ)) / 86400.0)";
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url, PostgresCluster.user(), "");
    }
}
