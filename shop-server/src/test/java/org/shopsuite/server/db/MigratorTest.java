package org.shopsuite.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The migrations in code, the scripts on disk, and the checksums recorded in a database. */
@Tag("sqlite") // SQLite's migrations on a file
class MigratorTest {
    /**
     * The SHA-256 of every released migration (as {@link Migrator#checksum}). A script is added
     * here when it is released and never changed afterwards: databases in the field recorded these
     * and refuse a server whose script differs.
     */
    static final Map<String, String> RELEASED = Map.ofEntries(
            Map.entry("V1__init.sql", "ed91aaf515e895201770668bdcc74623405efeb7fca6adc313229d2d7ad9c99a"),
            Map.entry("V2__receipt_search.sql", "26cf578089c8df97e79af9b3cab6cdd6e3ae9b58ef1efc88c408069768532751"),
            Map.entry("V3__jobs_booked_hours.sql", "0dc2594174af89bae140315e34073c0f3ecfe00631917b8b8e1e7924e4fea998"),
            Map.entry(
                    "V4__invoice_issued_with.sql", "82108c85133323790ac4339d1aa7b68f3fd2b2a1f5c273386321bb673bf25f66"),
            Map.entry("V5__partial_returns.sql", "a73bc42535761b1861993d2bab18876e8cb3a1da32e8c6b3c0d50a1db5b93896"),
            Map.entry(
                    "V6__payment_corrections.sql", "309fd2de923e61eb488afae8eec291b7414613ac28cc3ac740fa00a975823968"),
            Map.entry(
                    "V7__customers_and_vehicles.sql",
                    "278c54c0c8550eb788c5616a2cae73f47e9cb0ad3bb59bdfa0894f1ae8e9d680"),
            Map.entry("V8__receipt_links.sql", "c388d0e8f45cf761b039fa8bc4d69d8a02e709415097761befb8b48ba3d78701"),
            Map.entry("V9__receipt_changes.sql", "f5d7edeed055cdb3e1ddee474f113a6d64b38a61a16bbcc68315d997d631c06a"),
            Map.entry("V10__estimates.sql", "0b92dd4e600b75853822392a4981eb646583d869c6161d99edbcfec73d3055f8"),
            Map.entry("V11__purchasing.sql", "30b594d80cb9e00549faa8e187962b6164e2fd94688a1419f8cd2d8b2ea880cd"),
            Map.entry("V12__bays_and_hours.sql", "8a665bfd51a9bab74fb14740ef987502bf8ee2cbee960f29fbf200e21a0becf0"),
            Map.entry("V13__appointments.sql", "0657d2cfa50c07c5df4689b1ab247f8e84ec98aa8728a1c37231d9e1530e5d47"),
            Map.entry(
                    "V14__points_and_coupons.sql", "0044f6830a8cc0dabdebc2a205b1732d35ed982dc58e648aa2cf0a6976069df6"),
            Map.entry("V15__warranty_claims.sql", "67a57bbadb084f73aeeec674c14ebd501b7290c9c997d2676aea9d8bb35ce56d"),
            Map.entry("V16__time_clock.sql", "a54f5c1b12fd6481bcd2f493a74bd1920501e2811e5fc6e84d2a96cfbfd681d3"),
            Map.entry("V17__reports.sql", "b3218133d07b2d1a3c4dc2ff2a7459bd62ee31d21d583d5ef0461dba50bc5dd8"),
            Map.entry("V18__locations.sql", "4d8a47ca52bfad63dbde9ae9cbf6f47d34f01c6375d54d3622f4184d2207c7c9"),
            Map.entry("V19__location_owned.sql", "85fc3610f7cd777ba7099439b91e3596949cdf6970f625a38a401655acc2f42c"),
            Map.entry("V20__location_stock.sql", "b8317eede3e09031779280d033790258be4249f3f3b64274dea527909adda932"),
            Map.entry(
                    "V21__location_schedule.sql", "befa09ed50816067c54bbb6201ceae205513a3cf7cd84bac971fa6858fa5f889"));

    private static final Pattern SCRIPT = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

    @TempDir
    Path dir;

    private Handle open(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return Jdbi.create(ds).open();
    }

    private static List<List<Object>> history(Handle h) {
        return h.createQuery("SELECT version, description, applied_at, checksum FROM schema_version ORDER BY version")
                .map((rs, ctx) -> List.<Object>of(
                        rs.getInt(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4))))
                .list();
    }

    @Test
    void theListInCodeIsExactlyTheScriptsOnDiskInVersionOrder() throws Exception {
        Path scripts = Path.of(Migrator.class.getResource(Migrator.LOCATION).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(scripts)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String f : files) {
            assertThat(f)
                    .as("every file in db/migration is a script named V<n>__<words>.sql")
                    .matches(SCRIPT);
        }
        List<String> byVersion = new ArrayList<>(files);
        byVersion.sort((a, b) -> Integer.compare(version(a), version(b)));
        assertThat(Migrator.MIGRATIONS)
                .as("Migrator.MIGRATIONS against the files in db/migration")
                .containsExactlyElementsOf(byVersion);
        for (int i = 0; i < Migrator.MIGRATIONS.size(); i++) {
            assertThat(version(Migrator.MIGRATIONS.get(i)))
                    .as("the version of %s (no gap, no repeat)", Migrator.MIGRATIONS.get(i))
                    .isEqualTo(i + 1);
        }
    }

    private static int version(String name) {
        Matcher m = SCRIPT.matcher(name);
        assertThat(m.matches()).as("%s is named V<n>__<words>.sql", name).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void releasedScriptsAreUnchanged() {
        Map<String, String> now = new LinkedHashMap<>();
        for (String name : RELEASED.keySet()) {
            now.put(name, Migrator.checksum(Migrator.load(name)));
        }
        assertThat(now)
                .as("a released migration was edited: add a new migration instead")
                .isEqualTo(RELEASED);
        assertThat(Migrator.MIGRATIONS).containsAll(RELEASED.keySet());
    }

    @Test
    void theChecksumIgnoresLineEndsAndAByteOrderMark() {
        String script = Migrator.load("V2__receipt_search.sql");
        assertThat(Migrator.checksum(script.replace("\n", "\r\n"))).isEqualTo(Migrator.checksum(script));
        assertThat(Migrator.checksum("\uFEFF" + script)).isEqualTo(Migrator.checksum(script));
        assertThat(Migrator.checksum(script + " ")).isNotEqualTo(Migrator.checksum(script));
    }

    @Test
    void aNewDatabaseRecordsEachMigrationWithItsChecksumOnce() {
        try (Handle h = open(dir.resolve("new.db"))) {
            Migrator.migrate(h);
            List<List<Object>> first = history(h);
            assertThat(first).hasSize(Migrator.latestVersion());
            for (int i = 0; i < first.size(); i++) {
                String name = Migrator.MIGRATIONS.get(i);
                assertThat(first.get(i).subList(0, 2)).containsExactly(i + 1, name);
                assertThat(first.get(i).get(3)).isEqualTo(Migrator.checksum(Migrator.load(name)));
            }
            Migrator.migrate(h);
            assertThat(history(h))
                    .as("a second start applies and records nothing")
                    .isEqualTo(first);
        }
    }

    @Test
    void anEditedReleasedScriptIsRefusedNamingItAndNothingChanges() {
        try (Handle h = open(dir.resolve("shop.db"))) {
            Migrator.migrate(h);
            // V3 as an older server would have left it: the refusal must not fill it in either
            h.execute("UPDATE schema_version SET checksum = NULL WHERE version = 3");
            List<List<Object>> before = history(h);
            String edited = Migrator.load("V2__receipt_search.sql")
                    .replace("receipts_customer_name", "receipts_customer_name_2");
            assertThatThrownBy(() -> Migrator.migrate(
                            h, name -> name.equals("V2__receipt_search.sql") ? edited : Migrator.load(name)))
                    .isInstanceOf(Migrator.Refused.class)
                    .hasMessageContaining("V2__receipt_search.sql")
                    .hasMessageContaining((String) before.get(1).get(3))
                    .hasMessageContaining(Migrator.checksum(edited))
                    .hasMessageContaining("edited");
            assertThat(history(h)).isEqualTo(before);
            assertThat(h.createQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'receipts_customer_name_2'")
                            .mapTo(Integer.class)
                            .one())
                    .isZero();
        }
    }

    @Test
    void aDatabaseFromBeforeChecksumsGetsThemAndKeepsItsHistory() throws Exception {
        Path file = dir.resolve("old.db");
        try (InputStream in = MigratorTest.class.getResourceAsStream("/fixtures/release-0.1-demo.db")) {
            Files.copy(in, file);
        }
        try (Handle h = open(file)) {
            assertThat(h.createQuery("SELECT COUNT(*) FROM pragma_table_info('schema_version')")
                            .mapTo(Integer.class)
                            .one())
                    .as("release 0.1 kept no checksums")
                    .isEqualTo(3);
            String v1AppliedAt = h.createQuery("SELECT applied_at FROM schema_version WHERE version = 1")
                    .mapTo(String.class)
                    .one();
            Migrator.migrate(h);
            List<List<Object>> after = history(h);
            assertThat(after).hasSize(Migrator.latestVersion());
            assertThat(after.get(0)).containsExactly(1, "V1__init.sql", v1AppliedAt, RELEASED.get("V1__init.sql"));
            for (List<Object> row : after) {
                assertThat(row.get(3)).isEqualTo(RELEASED.get((String) row.get(1)));
            }

            // a server from before checksums, run on the upgraded table, names its columns and
            // leaves the checksum empty: the next start fills it in
            h.execute("UPDATE schema_version SET checksum = NULL WHERE version = 3");
            Migrator.migrate(h);
            assertThat(history(h)).isEqualTo(after);
        }
    }

    @Test
    void aDatabaseFromANewerServerIsRefusedUntouched() {
        try (Handle h = open(dir.resolve("newer.db"))) {
            h.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            h.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
            assertThatThrownBy(() -> Migrator.migrate(h))
                    .isInstanceOf(Migrator.Refused.class)
                    .hasMessageContaining("newer Shop Suite");
            assertThat(h.createQuery("SELECT COUNT(*) FROM pragma_table_info('schema_version')")
                            .mapTo(Integer.class)
                            .one())
                    .isEqualTo(3);
        }
    }
}
