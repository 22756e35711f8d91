package org.shopsuite.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.PostgresCluster;

/**
 * The schema on a real PostgreSQL (ADR 0024): the baseline makes what SQLite's seventeen
 * migrations make (tables, columns, nullability, keys, unique constraints, checks, foreign keys,
 * indexes), several servers starting at once on an empty database migrate it once, and an edited
 * script is refused as on SQLite.
 */
class PostgresSchemaTest {
    private static PostgresCluster pg;

    @BeforeAll
    static void start() throws Exception {
        pg = PostgresCluster.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static Jdbi jdbi(String url) {
        return Jdbi.create(url, PostgresCluster.user(), "");
    }

    @Test
    void theBaselineMakesWhatSqlitesMigrationsMake(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shop.db");
        Migrator.createAt(file, Migrator.latestVersion());
        Schema sqlite;
        try (Handle h = Jdbi.create("jdbc:sqlite:" + file).open()) {
            sqlite = sqliteSchema(h);
        }
        Schema postgres;
        try (Handle h = jdbi(pg.newDatabase()).open()) {
            PostgresSchema.migrate(h);
            postgres = postgresSchema(h);
            assertThat(h.createQuery("SELECT version FROM schema_version")
                            .mapTo(Integer.class)
                            .list())
                    .as("the baseline, then each migration after it")
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.rangeClosed(PostgresSchema.BASELINE, Migrator.latestVersion())
                                    .boxed()
                                    .toList());
        }
        assertThat(postgres.tables.keySet()).isEqualTo(sqlite.tables.keySet());
        for (String table : sqlite.tables.keySet()) {
            assertThat(postgres.tables.get(table)).as("columns of " + table).isEqualTo(sqlite.tables.get(table));
        }
        assertThat(postgres.primaryKeys).isEqualTo(sqlite.primaryKeys);
        assertThat(postgres.uniques).isEqualTo(sqlite.uniques);
        assertThat(postgres.foreignKeys).isEqualTo(sqlite.foreignKeys);
        assertThat(postgres.checks).isEqualTo(sqlite.checks);
        assertThat(postgres.indexes).isEqualTo(sqlite.indexes);
        assertThat(postgres.rows).as("rows the migrations insert").isEqualTo(sqlite.rows);
    }

    @Test
    void severalServersStartingAtOnceOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        String url = pg.newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Integer> start = () -> {
                    try (Handle h = jdbi(url).open()) {
                        PostgresSchema.migrate(h);
                        return h.createQuery("SELECT MAX(version) FROM schema_version")
                                .mapTo(Integer.class)
                                .one();
                    }
                };
                starts.add(pool.submit(start));
            }
            for (Future<Integer> f : starts) {
                assertThat(f.get()).isEqualTo(Migrator.latestVersion());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Handle h = jdbi(url).open()) {
            assertThat(h.createQuery("SELECT COUNT(*) FROM schema_version")
                            .mapTo(Integer.class)
                            .one())
                    .isEqualTo(Migrator.latestVersion() - PostgresSchema.BASELINE + 1);
            // and a server started later finds it done
            PostgresSchema.migrate(h);
            assertThat(h.createQuery("SELECT COUNT(*) FROM schema_version")
                            .mapTo(Integer.class)
                            .one())
                    .isEqualTo(Migrator.latestVersion() - PostgresSchema.BASELINE + 1);
        }
    }

    @Test
    void aDatabaseWhoseScriptDiffersOrIsNewerIsRefusedAndLeftAlone() throws Exception {
        String url = pg.newDatabase();
        try (Handle h = jdbi(url).open()) {
            PostgresSchema.migrate(h);
            h.execute("UPDATE schema_version SET checksum = 'edited'");
            assertThatThrownBy(() -> PostgresSchema.migrate(h))
                    .isInstanceOf(Migrator.Refused.class)
                    .hasMessageContaining("postgresql/V17__baseline.sql")
                    .hasMessageContaining("released migration was edited");
            h.execute(
                    "UPDATE schema_version SET checksum = ?",
                    Migrator.checksum(PostgresSchema.script(PostgresSchema.BASELINE_SCRIPT)));
            h.execute(
                    "INSERT INTO schema_version VALUES (?, 'V99__future.sql', 'now', 'x')",
                    Migrator.latestVersion() + 1);
            assertThatThrownBy(() -> PostgresSchema.migrate(h))
                    .isInstanceOf(Migrator.Refused.class)
                    .hasMessageContaining("written by a newer Shop Suite");
            // the lock was let go: another session takes it at once
            try (Handle other = jdbi(url).open()) {
                assertThat(other.createQuery("SELECT pg_try_advisory_lock(:k)")
                                .bind("k", PostgresSchema.LOCK)
                                .mapTo(Boolean.class)
                                .one())
                        .isTrue();
            }
        }
    }

    /** What both schemas are compared on, each part as sorted text. */
    private record Schema(
            Map<String, Set<String>> tables,
            Set<String> primaryKeys,
            Set<String> uniques,
            Set<String> foreignKeys,
            Map<String, Integer> checks,
            Set<String> indexes,
            Map<String, List<String>> rows) {}

    /** Every row of every table, as text, for the few rows migrations insert (the shop's settings). */
    private static Map<String, List<String>> rows(Handle h, Set<String> tables) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            List<String> all = h.createQuery("SELECT * FROM " + table).mapToMap().list().stream()
                    .map(r -> {
                        TreeMap<String, Object> row = new TreeMap<>(r);
                        // when the script ran, not what it made (location 1 dates from the database's making)
                        row.remove("created_at");
                        row.remove("updated_at");
                        return row.toString();
                    })
                    .sorted()
                    .toList();
            if (!all.isEmpty()) {
                rows.put(table, all);
            }
        }
        return rows;
    }

    /** PostgreSQL's own indexes for what SQLite does otherwise (FTS5, COLLATE NOCASE): ADR 0024. */
    private static final Set<String> DIALECT_INDEXES = Set.of("receipt_search_trgm", "users_username_lower");

    private static boolean dialectOnly(String table) {
        return table.equals("schema_version") || table.startsWith("sqlite_") || table.startsWith("receipt_search");
    }

    private static Schema sqliteSchema(Handle h) {
        Map<String, Set<String>> tables = new TreeMap<>();
        Set<String> pks = new TreeSet<>();
        Set<String> uniques = new TreeSet<>();
        Set<String> fks = new TreeSet<>();
        Map<String, Integer> checks = new TreeMap<>();
        Set<String> indexes = new TreeSet<>();
        for (Map<String, Object> t : h.createQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                .mapToMap()
                .list()) {
            String table = (String) t.get("name");
            if (dialectOnly(table)) {
                continue;
            }
            Set<String> cols = new TreeSet<>();
            List<String> pk = new ArrayList<>();
            for (Map<String, Object> c : h.createQuery(
                            "SELECT name, \"notnull\" AS nn, pk FROM pragma_table_info(:t)" + " ORDER BY pk, cid")
                    .bind("t", table)
                    .mapToMap()
                    .list()) {
                boolean inPk = ((Number) c.get("pk")).intValue() > 0;
                boolean notNull = ((Number) c.get("nn")).intValue() == 1 || inPk;
                cols.add(c.get("name") + (notNull ? " NOT NULL" : ""));
                if (inPk) {
                    pk.add((String) c.get("name"));
                }
            }
            tables.put(table, cols);
            if (!pk.isEmpty()) {
                pks.add(table + " " + pk);
            }
            for (Map<String, Object> i : h.createQuery("SELECT name, origin FROM pragma_index_list(:t)")
                    .bind("t", table)
                    .mapToMap()
                    .list()) {
                if ("u".equals(i.get("origin"))) {
                    uniques.add(table + " "
                            + h.createQuery("SELECT name FROM pragma_index_info(:i) ORDER BY seqno")
                                    .bind("i", (String) i.get("name"))
                                    .mapTo(String.class)
                                    .list());
                }
            }
            for (Map<String, Object> f : h.createQuery(
                            "SELECT \"from\" AS col, \"table\" AS ref FROM pragma_foreign_key_list(:t)")
                    .bind("t", table)
                    .mapToMap()
                    .list()) {
                fks.add(table + "." + f.get("col") + " -> " + f.get("ref"));
            }
            checks.put(table, countChecks((String) t.get("sql")));
        }
        for (Map<String, Object> i : h.createQuery(
                        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                .mapToMap()
                .list()) {
            String sql = ((String) i.get("sql")).toUpperCase(java.util.Locale.ROOT);
            indexes.add(i.get("tbl_name") + " " + i.get("name") + (sql.startsWith("CREATE UNIQUE") ? " unique" : "")
                    + (sql.contains(" WHERE ") ? " partial" : ""));
        }
        return new Schema(tables, pks, uniques, fks, checks, indexes, rows(h, tables.keySet()));
    }

    private static int countChecks(String sql) {
        int n = 0;
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?i)\\bCHECK\\s*\\(").matcher(sql);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Schema postgresSchema(Handle h) {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (Map<String, Object> c : h.createQuery("SELECT table_name AS t, column_name AS c, is_nullable AS n"
                        + " FROM information_schema.columns WHERE table_schema = 'public'")
                .mapToMap()
                .list()) {
            String table = (String) c.get("t");
            if (!dialectOnly(table)) {
                tables.computeIfAbsent(table, k -> new TreeSet<>())
                        .add(c.get("c") + ("NO".equals(c.get("n")) ? " NOT NULL" : ""));
            }
        }
        Set<String> pks = new TreeSet<>();
        Set<String> uniques = new TreeSet<>();
        Set<String> fks = new TreeSet<>();
        Map<String, Integer> checks = new TreeMap<>();
        tables.keySet().forEach(t -> checks.put(t, 0));
        for (Map<String, Object> k : h.createQuery("SELECT c.conrelid::regclass::text AS t, c.contype AS kind,"
                        + " c.confrelid::regclass::text AS ref,"
                        + " (SELECT string_agg(a.attname, ', ' ORDER BY x.n) FROM unnest(c.conkey) WITH ORDINALITY"
                        + " x(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = x.attnum) AS cols"
                        + " FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace"
                        + " WHERE s.nspname = 'public'")
                .mapToMap()
                .list()) {
            String table = (String) k.get("t");
            if (dialectOnly(table)) {
                continue;
            }
            String cols = (String) k.get("cols");
            switch (String.valueOf(k.get("kind"))) {
                case "p" -> pks.add(table + " [" + cols + "]");
                case "u" -> uniques.add(table + " [" + cols + "]");
                case "f" -> fks.add(table + "." + cols + " -> " + k.get("ref"));
                case "c" -> checks.merge(table, 1, Integer::sum);
                default -> {}
            }
        }
        Set<String> indexes = new TreeSet<>();
        for (Map<String, Object> i : h.createQuery(
                        "SELECT tablename AS t, indexname AS i, indexdef AS d FROM pg_indexes"
                                + " WHERE schemaname = 'public'")
                .mapToMap()
                .list()) {
            String name = (String) i.get("i");
            String table = (String) i.get("t");
            boolean constraint = h.createQuery("SELECT COUNT(*) FROM pg_constraint WHERE conname = :n")
                            .bind("n", name)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (constraint || dialectOnly(table) || DIALECT_INDEXES.contains(name)) {
                continue;
            }
            String def = ((String) i.get("d")).toUpperCase(java.util.Locale.ROOT);
            indexes.add(table + " " + name + (def.startsWith("CREATE UNIQUE") ? " unique" : "")
                    + (def.contains(" WHERE ") ? " partial" : ""));
        }
        return new Schema(tables, pks, uniques, fks, checks, indexes, rows(h, tables.keySet()));
    }
}
