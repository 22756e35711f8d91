package org.shopsuite.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned migrations in {@code db/migration}, each in its own transaction, and
 * records each in {@code schema_version} with the SHA-256 checksum of its script. A database whose
 * recorded checksum differs from the script this build carries is refused (ADR 0009).
 */
public final class Migrator {
    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    /**
     * Every migration, in order; a migration is never edited once released. The scripts are the
     * SQLite set: SQLite-only SQL lives in them and nowhere else in the schema (ADR 0009).
     */
    static final List<String> MIGRATIONS = List.of(
            "V1__init.sql",
            "V2__receipt_search.sql",
            "V3__jobs_booked_hours.sql",
            "V4__invoice_issued_with.sql",
            "V5__partial_returns.sql",
            "V6__payment_corrections.sql",
            "V7__customers_and_vehicles.sql",
            "V8__receipt_links.sql",
            "V9__receipt_changes.sql",
            "V10__estimates.sql",
            "V11__purchasing.sql",
            "V12__bays_and_hours.sql",
            "V13__appointments.sql",
            "V14__points_and_coupons.sql",
            "V15__warranty_claims.sql",
            "V16__time_clock.sql",
            "V17__reports.sql",
            "V18__locations.sql",
            "V19__location_owned.sql",
            "V20__location_stock.sql",
            "V21__location_schedule.sql");

    /** Where the scripts are on the class path. */
    static final String LOCATION = "/db/migration/";

    /** The start refused because of what is in the database; the message says what to do. */
    public static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Migrator() {}

    /** The schema version this build writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    static void migrate(Handle h) {
        migrate(h, Migrator::load);
    }

    /** As above, reading each script by its file name through {@code scripts} (tests swap it). */
    static void migrate(Handle h, UnaryOperator<String> scripts) {
        migrate(h, scripts, latestVersion());
    }

    /**
     * A new database file with the schema of an earlier release ({@code version}), as that
     * release's server made it: for the upgrade tests and for {@code shop-bench}'s generator, which
     * writes a released database for the current server to upgrade.
     */
    public static void createAt(java.nio.file.Path file, int version) {
        if (version < 1 || version > latestVersion()) {
            throw new IllegalArgumentException("no schema version " + version);
        }
        org.jdbi.v3.core.Jdbi jdbi = org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + file);
        try (Handle h = jdbi.open()) {
            migrate(h, Migrator::load, version);
        }
    }

    /** Applies the migrations up to and including {@code target}. */
    static void migrate(Handle h, UnaryOperator<String> scripts, int target) {
        h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT)");
        int current = h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .mapTo(Integer.class)
                .one();
        if (current > latestVersion()) {
            throw new Refused("the database has schema version "
                    + current
                    + " but this server only knows up to "
                    + latestVersion()
                    + ": it was written by a newer Shop Suite; upgrade the server");
        }
        boolean hasChecksums =
                h.createQuery("SELECT COUNT(*) FROM pragma_table_info('schema_version') WHERE name = 'checksum'")
                                .mapTo(Integer.class)
                                .one()
                        > 0;
        if (hasChecksums) {
            verifyChecksums(h, scripts);
        }
        recordMissingChecksums(h, scripts, hasChecksums);
        // A migration that rebuilds a table others refer to (SQLite changes a CHECK no other way)
        // runs with foreign keys off, as SQLite's own procedure says; they are checked after it.
        boolean foreignKeys =
                h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one() == 1;
        if (foreignKeys) {
            h.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            apply(h, scripts, current, target);
        } finally {
            if (foreignKeys) {
                h.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void apply(Handle h, UnaryOperator<String> scripts, int current, int target) {
        for (int v = current + 1; v <= target; v++) {
            String name = MIGRATIONS.get(v - 1);
            String sql = scripts.apply(name);
            int version = v;
            h.useTransaction(tx -> {
                for (String statement : statements(sql)) {
                    tx.execute(statement);
                }
                checkReferencesTo(tx, sql);
                Upgrades.after(tx, version);
                tx.execute(
                        "INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (?, ?, ?, ?)",
                        version,
                        name,
                        Instant.now().toString(),
                        checksum(sql));
            });
            log.info("applied migration {}", name);
        }
    }

    private static final java.util.regex.Pattern DROPPED =
            java.util.regex.Pattern.compile("(?i)DROP TABLE (?:IF EXISTS )?(\\w+)");

    /**
     * After a script that dropped (rebuilt) tables: every row of every table that refers to one of
     * them must still find its row, or the migration fails and nothing of it is kept.
     */
    private static void checkReferencesTo(Handle tx, String sql) {
        java.util.regex.Matcher m = DROPPED.matcher(sql);
        java.util.Set<String> dropped = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        while (m.find()) {
            dropped.add(m.group(1));
        }
        if (dropped.isEmpty()) {
            return;
        }
        List<String> tables = tx.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                .mapTo(String.class)
                .list();
        for (String table : tables) {
            boolean refers = tx
                    .createQuery("SELECT \"table\" FROM pragma_foreign_key_list(:t)")
                    .bind("t", table)
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .anyMatch(dropped::contains);
            if (refers) {
                List<String> broken = tx.createQuery("SELECT \"table\" || ' row ' || rowid || ' -> ' || parent"
                                + " FROM pragma_foreign_key_check(:t)")
                        .bind("t", table)
                        .mapTo(String.class)
                        .list();
                if (!broken.isEmpty()) {
                    throw new IllegalStateException("a migration left rows that refer to nothing: " + broken);
                }
            }
        }
    }

    /**
     * A database written before checksums were kept (release 0.1, or a server of that age running
     * on it since) gets the column, and a checksum for each migration it lacks one for: the script
     * of this build, whose released checksums the tests pin. Servers without checksums still work
     * on the upgraded table: they name the columns they write.
     */
    private static void recordMissingChecksums(Handle h, UnaryOperator<String> scripts, boolean hasColumn) {
        if (hasColumn
                && h.createQuery("SELECT COUNT(*) FROM schema_version WHERE checksum IS NULL")
                                .mapTo(Integer.class)
                                .one()
                        == 0) {
            return;
        }
        h.useTransaction(tx -> {
            if (!hasColumn) {
                tx.execute("ALTER TABLE schema_version ADD COLUMN checksum TEXT");
            }
            List<Integer> missing = tx.createQuery(
                            "SELECT version FROM schema_version WHERE checksum IS NULL ORDER BY version")
                    .mapTo(Integer.class)
                    .list();
            for (int v : missing) {
                tx.execute(
                        "UPDATE schema_version SET checksum = ? WHERE version = ?",
                        checksum(scripts.apply(MIGRATIONS.get(v - 1))),
                        v);
            }
            if (!missing.isEmpty()) {
                log.info("recorded the checksums of migrations {} applied before checksums were kept", missing);
            }
        });
    }

    /**
     * Refuses the start, before anything is written, when an applied migration's script is not
     * the one that was applied.
     */
    private static void verifyChecksums(Handle h, UnaryOperator<String> scripts) {
        record Applied(int version, String checksum) {}
        List<Applied> applied = h.createQuery(
                        "SELECT version, checksum FROM schema_version WHERE checksum IS NOT NULL ORDER BY version")
                .map((rs, ctx) -> new Applied(rs.getInt(1), rs.getString(2)))
                .list();
        for (Applied a : applied) {
            String name = MIGRATIONS.get(a.version() - 1);
            String now = checksum(scripts.apply(name));
            if (!now.equals(a.checksum())) {
                throw new Refused("the migration "
                        + name
                        + " of this server differs from the one applied to this database (checksum "
                        + a.checksum()
                        + " recorded, "
                        + now
                        + " in the server): a released migration was edited. Nothing was changed;"
                        + " run the released Shop Suite server on this database (a developer adds a new"
                        + " migration instead of editing a released one)");
            }
        }
    }

    /**
     * The SHA-256 of a script, hex: over its UTF-8 text with line ends as {@code \n} and without a
     * byte order mark, so a checkout that turns line ends into CRLF gives the same checksum.
     */
    static String checksum(String script) {
        String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
        text = text.replace("\r\n", "\n");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Splits a script into statements; a trigger's BEGIN ... END; block stays whole. */
    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBlock = false;
        for (String line : script.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.toUpperCase(java.util.Locale.ROOT).endsWith("BEGIN")) {
                inBlock = true;
            }
            if (inBlock ? t.equalsIgnoreCase("END;") : t.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
                inBlock = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The text of a script on the class path, by file name. */
    static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(LOCATION + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
