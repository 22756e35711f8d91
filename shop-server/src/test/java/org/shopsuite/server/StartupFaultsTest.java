package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Faults at start and during writes give a clear message and damage nothing. */
@Tag("sqlite") // faults of the SQLite file
class StartupFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aForeignOrDamagedFileIsNamedAndLeftAlone() throws Exception {
        Path file = dir.resolve("shop.db");
        Files.writeString(file, "Some spreadsheet that was saved here by mistake. ".repeat(200));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> new TestServer(dir))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("is not a sound Shop Suite database")
                .hasMessageContaining("restore");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        new TestServer(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, description, applied_at)"
                    + " VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
        }
        assertThatThrownBy(() -> new TestServer(dir))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("newer Shop Suite");
    }

    @Test
    void aDatabaseWhoseAppliedMigrationDiffersFromTheServersIsRefusedNamingTheScript() throws Exception {
        new TestServer(dir).close();
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        String tampered = "0".repeat(64);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET checksum = '" + tampered + "' WHERE version = 2");
        }
        assertThatThrownBy(() -> new TestServer(dir))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("V2__receipt_search.sql")
                .hasMessageContaining("edited");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT checksum FROM schema_version WHERE version = 2")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("the refused start changed nothing").isEqualTo(tampered);
        }
    }

    @Test
    void aFileLockedByAnotherProgramIsNamed() throws Exception {
        new TestServer(dir).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
                Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> new TestServer(dir))
                    .isInstanceOf(ServerConfig.InvalidConfig.class)
                    .hasMessageContaining("locked by another program");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsNamed() throws Exception {
        Path notADir = dir.resolve("a-file");
        Files.writeString(notADir, "x");
        assertThatThrownBy(() -> new TestServer(notADir.resolve("data")))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("data directory");
    }

    @Test
    void aFullDiskRefusesTheWriteWithNothingHalfDoneAndRecovers() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long pages = server.app()
                    .database()
                    .exclusive(h ->
                            h.createQuery("PRAGMA page_count").mapTo(Long.class).one());
            server.app().database().exclusive(h -> h.execute("PRAGMA max_page_count = " + pages));
            long events = manager.lastSeq();
            Api.Res refused = null;
            int saved = 0;
            for (int i = 0; i < 500 && refused == null; i++) {
                Api.Res r = manager.post(
                        "/vehicleParts",
                        Api.obj("partId", "FULL-" + i, "partName", "x".repeat(90), "stock", 5, "partPrice", 1000));
                if (r.status() == 201) {
                    saved++;
                } else {
                    refused = r;
                }
            }
            assertThat(refused).as("the disk filled up").isNotNull();
            assertThat(refused.status()).isEqualTo(507);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("disk is full");
            // each saved part wrote one event; the refused one wrote nothing at all
            assertThat(manager.lastSeq()).isEqualTo(events + saved);
            assertThat(manager.get("/vehicleParts?q=FULL-").json().path("items"))
                    .hasSize(saved);

            server.app().database().exclusive(h -> h.execute("PRAGMA max_page_count = 1073741823"));
            assertThat(manager.post("/vehicleParts", Api.obj("partId", "AFTER", "partName", "after", "partPrice", 1))
                            .status())
                    .isEqualTo(201);
            assertThat(server.api().get("/ready").status()).isEqualTo(200);
        }
    }
}
