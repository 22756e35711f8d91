package org.shopsuite.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema on PostgreSQL (ADR 0024): an empty database gets the schema of version
 * {@value #BASELINE} in one script, {@code db/postgresql/V17__baseline.sql}; the migrations after
 * it are SQLite's, or their PostgreSQL version of the same name in {@code db/postgresql/} where the
 * SQL cannot be shared. Several servers may start at once on one database: each takes a session
 * advisory lock before it reads the version, so the scripts run exactly once, and the ones that
 * waited find the schema made. Checksums are kept and checked as on SQLite (ADR 0009).
 */
public final class PostgresSchema {
    private static final Logger log = LoggerFactory.getLogger(PostgresSchema.class);

    /** The version the baseline script brings an empty database to. */
    static final int BASELINE = 17;

    static final String BASELINE_SCRIPT = "V17__baseline.sql";

    /** Where the PostgreSQL scripts are on the class path. */
    static final String LOCATION = "/db/postgresql/";

    /** The advisory lock's key: "SHOPSUIT" in ASCII, so no other application's key collides by chance. */
    static final long LOCK = 0x53484f5053554954L;

    /**
     * The writer lock (ADR 0025): every write transaction of every server on the database takes it
     * first and holds it until it ends, so the changes of all the servers take turns. Exactness
     * (the capacity check, the stock, gapless event and invoice numbers) comes from the database,
     * not from one process.
     */
    static final long WRITER_LOCK = LOCK + 1;

    /** Held while a server makes the first user and loads the demo data ({@link Database#whileStarting}). */
    static final long START_LOCK = LOCK + 2;

    private PostgresSchema() {}

    /** Takes the writer lock for the rest of {@code h}'s transaction, waiting for the other servers' writes. */
    static void takeWriterLock(Handle h) {
        h.createQuery("SELECT pg_advisory_xact_lock(:key) IS NULL")
                .bind("key", WRITER_LOCK)
                .mapTo(Boolean.class)
                .one();
    }

    /**
     * Brings the database to {@link Migrator#latestVersion()}; waits while another server does.
     *
     * @throws Migrator.Refused when the database was written by a newer server or a recorded
     *     script differs from this server's
     */
    public static void migrate(Handle h) {
        h.createQuery("SELECT pg_advisory_lock(:key) IS NULL")
                .bind("key", LOCK)
                .mapTo(Boolean.class)
                .one();
        try {
            h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT NOT NULL)");
            int current = h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                    .mapTo(Integer.class)
                    .one();
            if (current > Migrator.latestVersion()) {
                throw new Migrator.Refused("the database has schema version "
                        + current
                        + " but this server only knows up to "
                        + Migrator.latestVersion()
                        + ": it was written by a newer Shop Suite; upgrade the server");
            }
            verifyChecksums(h);
            if (current == 0) {
                apply(h, BASELINE, "postgresql/" + BASELINE_SCRIPT, load(LOCATION + BASELINE_SCRIPT));
                current = BASELINE;
            }
            for (int v = current + 1; v <= Migrator.latestVersion(); v++) {
                String name = Migrator.MIGRATIONS.get(v - 1);
                apply(h, v, described(name), script(name));
            }
        } finally {
            h.createQuery("SELECT pg_advisory_unlock(:key)")
                    .bind("key", LOCK)
                    .mapTo(Boolean.class)
                    .one();
        }
    }

    private static void apply(Handle h, int version, String description, String sql) {
        h.useTransaction(tx -> {
            for (String statement : Migrator.statements(sql)) {
                tx.execute(statement);
            }
            tx.execute(
                    "INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (?, ?, ?, ?)",
                    version,
                    description,
                    Instant.now().toString(),
                    Migrator.checksum(sql));
        });
        log.info("applied migration {} (PostgreSQL)", description);
    }

    /** Refuses the start, before anything is written, when an applied script is not this server's. */
    private static void verifyChecksums(Handle h) {
        record Applied(int version, String description, String checksum) {}
        List<Applied> applied = h.createQuery(
                        "SELECT version, description, checksum FROM schema_version ORDER BY version")
                .map((rs, ctx) -> new Applied(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Applied a : applied) {
            String now = Migrator.checksum(
                    a.version() == BASELINE && a.description().endsWith(BASELINE_SCRIPT)
                            ? load(LOCATION + BASELINE_SCRIPT)
                            : script(Migrator.MIGRATIONS.get(a.version() - 1)));
            if (!now.equals(a.checksum())) {
                throw new Migrator.Refused("the migration "
                        + a.description()
                        + " of this server differs from the one applied to this database (checksum "
                        + a.checksum()
                        + " recorded, "
                        + now
                        + " in the server): a released migration was edited. Nothing was changed;"
                        + " run the released Shop Suite server on this database");
            }
        }
    }

    /** A migration after the baseline: its PostgreSQL version when there is one, else the shared script. */
    static String script(String name) {
        String own = loadIfPresent(LOCATION + name);
        return own != null ? own : load(Migrator.LOCATION + name);
    }

    private static String described(String name) {
        return loadIfPresent(LOCATION + name) != null ? "postgresql/" + name : name;
    }

    private static String load(String path) {
        String text = loadIfPresent(path);
        if (text == null) {
            throw new IllegalStateException("missing migration " + path);
        }
        return text;
    }

    private static String loadIfPresent(String path) {
        try (InputStream in = PostgresSchema.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
