package org.shopsuite.server.ops;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.db.Database;

/**
 * {@code shop-server migrate-to-postgres --from DATA_DIR --to postgresql://HOST:PORT/DB} (issue 22):
 * copies a SQLite shop into an empty PostgreSQL database, in one transaction, then checks it.
 *
 * <p>The SQLite file is first brought to the server's schema (as a start would) while its data
 * folder is locked, so no server writes to it meanwhile. The target must be empty (no table at
 * all): its schema is made as a server's first start makes it, then every table PostgreSQL's schema
 * has is copied row by row with its ids. The foreign keys are dropped for the copy and added again
 * at its end, so PostgreSQL checks every reference of the copied rows; the identity columns go on
 * after the highest id. Before it commits, each table's row count and the sum of each of its whole
 * number columns (every money amount, stock and points ledger, counter and version) must be the same
 * on both sides; any difference rolls the whole copy back. Then it has PostgreSQL gather the
 * planner's statistics ({@code ANALYZE}), which a bulk copy leaves empty.
 */
public final class MigrateToPostgres {
    private static final int BATCH = 1_000;

    private MigrateToPostgres() {}

    /** What was copied: rows per table, in the order copied. */
    public record Report(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies the shop in {@code dataDir} to {@code target}.
     *
     * @throws ServerConfig.InvalidConfig when there is no shop in {@code dataDir}, a server runs on
     *     it, or the target is not empty or cannot be reached
     */
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public static Report run(Path dataDir, ServerConfig.Postgres target, Consumer<String> progress) {
        Path file = dataDir.resolve("shop.db");
        if (!Files.isRegularFile(file)) {
            throw new ServerConfig.InvalidConfig("no shop in " + dataDir + " (no shop.db)");
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            refuseNonEmpty(target);
            // the schema on both sides: the file brought up to date, the target made
            Database.open(file, 1).close();
            Database.openPostgres(target, 1).close();
            try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Connection to = connect(target)) {
                from.setAutoCommit(false); // one snapshot of the file
                to.setAutoCommit(false);
                Report report = copy(from, to, progress);
                to.commit();
                // the planner's statistics of the copied tables, before the first server's queries
                to.setAutoCommit(true);
                try (Statement s = to.createStatement()) {
                    s.execute("ANALYZE");
                }
                return report;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the copy failed, nothing was written to PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Connection connect(ServerConfig.Postgres target) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        props.setProperty("ApplicationName", "shop-server migrate-to-postgres");
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    private static void refuseNonEmpty(ServerConfig.Postgres target) throws SQLException {
        try (Connection c = connect(target);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new ServerConfig.InvalidConfig("the PostgreSQL database " + target.jdbcUrl() + " is not empty ("
                        + r.getLong(1) + " tables): give an empty database, so nothing in it is overwritten");
            }
        }
    }

    private static Report copy(Connection from, Connection to, Consumer<String> progress) throws SQLException {
        List<String> tables = tables(to);
        List<String> foreignKeys = dropForeignKeys(to);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> columns = columns(to, table);
            try (Statement s = to.createStatement()) {
                s.execute("DELETE FROM " + table); // the rows a first start seeds (the shop, pricing)
            }
            long n = copyTable(from, to, table, columns);
            rows.put(table, n);
            progress.accept(table + ": " + n + " rows");
        }
        for (String fk : foreignKeys) {
            try (Statement s = to.createStatement()) {
                s.execute(fk); // checks every copied reference
            }
        }
        for (String table : tables) {
            if (columns(to, table).contains("id") && identity(to, table)) {
                try (Statement s = to.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                            + " COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)");
                }
            }
        }
        verify(from, to, tables);
        return new Report(rows);
    }

    private static long copyTable(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        boolean identity = columns.contains("id") && identity(to, table);
        long n = 0;
        try (Statement read = from.createStatement();
                ResultSet r = read.executeQuery(
                        "SELECT " + list + " FROM " + table + (columns.contains("id") ? " ORDER BY id" : ""));
                PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + list + ")"
                        + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + marks + ")")) {
            int[] types = new int[columns.size()];
            java.sql.ParameterMetaData meta = write.getParameterMetaData();
            for (int i = 0; i < types.length; i++) {
                types[i] = meta.getParameterType(i + 1);
            }
            while (r.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Object v = r.getObject(i + 1);
                    if (v == null) {
                        write.setNull(i + 1, types[i]);
                    } else if (types[i] == java.sql.Types.BINARY || types[i] == java.sql.Types.VARBINARY) {
                        write.setBytes(i + 1, r.getBytes(i + 1));
                    } else if (v instanceof Number num && isWhole(types[i])) {
                        write.setLong(i + 1, num.longValue());
                    } else if (types[i] == java.sql.Types.VARCHAR || types[i] == java.sql.Types.LONGVARCHAR) {
                        write.setString(i + 1, r.getString(i + 1));
                    } else {
                        write.setObject(i + 1, v, types[i]);
                    }
                }
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return n;
    }

    private static boolean isWhole(int type) {
        return type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER || type == java.sql.Types.SMALLINT;
    }

    /** Row counts and the sums of every whole-number column, the same on both sides, or the copy fails. */
    private static void verify(Connection from, Connection to, List<String> tables) throws SQLException {
        List<String> differences = new ArrayList<>();
        for (String table : tables) {
            List<String> sums = new ArrayList<>(List.of("COUNT(*)"));
            for (String column : wholeColumns(to, table)) {
                sums.add("COALESCE(SUM(" + column + "), 0)");
            }
            String sql = "SELECT " + String.join(", ", sums) + " FROM " + table;
            List<BigDecimal> source = numbers(from, sql);
            List<BigDecimal> copied = numbers(to, sql);
            for (int i = 0; i < sums.size(); i++) {
                if (source.get(i).compareTo(copied.get(i)) != 0) {
                    differences.add(table + " " + sums.get(i) + ": " + source.get(i) + " in SQLite, " + copied.get(i)
                            + " in PostgreSQL");
                }
            }
        }
        if (!differences.isEmpty()) {
            throw new SQLException("the copy differs: " + String.join("; ", differences));
        }
    }

    private static List<BigDecimal> numbers(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            List<BigDecimal> out = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                out.add(new BigDecimal(Objects.requireNonNull(r.getString(i))));
            }
            return out;
        }
    }

    /** PostgreSQL's tables of the shop (not the schema's own record), by name. */
    private static List<String> tables(Connection to) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = to.createStatement();
                ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'schema_version' ORDER BY table_name")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static List<String> columns(Connection to, String table) throws SQLException {
        return strings(
                to,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                        + " AND table_name = ? ORDER BY ordinal_position",
                table);
    }

    private static List<String> wholeColumns(Connection to, String table) throws SQLException {
        return strings(
                to,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                        + " AND table_name = ? AND data_type IN ('bigint', 'integer', 'smallint')"
                        + " ORDER BY ordinal_position",
                table);
    }

    private static boolean identity(Connection to, String table) throws SQLException {
        return !strings(
                        to,
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                                + " AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'",
                        table)
                .isEmpty();
    }

    private static List<String> strings(Connection c, String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** Drops every foreign key of the schema; answers the statements that add them back. */
    private static List<String> dropForeignKeys(Connection to) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement s = to.createStatement();
                ResultSet r = s.executeQuery("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                        + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                        + " WHERE c.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2")) {
            while (r.next()) {
                keys.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        List<String> addBack = new ArrayList<>();
        for (String[] k : keys) {
            try (Statement s = to.createStatement()) {
                s.execute("ALTER TABLE " + k[0] + " DROP CONSTRAINT \"" + k[1] + "\"");
            }
            addBack.add("ALTER TABLE " + k[0] + " ADD CONSTRAINT \"" + k[1] + "\" " + k[2]);
        }
        return addBack;
    }
}
