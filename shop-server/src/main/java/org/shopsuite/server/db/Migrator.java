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

/** Applies the versioned migrations in {@code db/migration}, each in its own transaction. */
public final class Migrator {
    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    /** Every migration, in order; a migration is never edited once released. */
    static final List<String> MIGRATIONS =
            List.of("V1__init.sql", "V2__receipt_search.sql", "V3__jobs_booked_hours.sql");

    private Migrator() {}

    /** The schema version this build writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    static void migrate(Handle h) {
        h.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int current = h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .mapTo(Integer.class)
                .one();
        if (current > latestVersion()) {
            throw new IllegalStateException("the database has schema version "
                    + current
                    + " but this server only knows up to "
                    + latestVersion()
                    + ": it was written by a newer Shop Suite; upgrade the server");
        }
        for (int v = current + 1; v <= latestVersion(); v++) {
            String name = MIGRATIONS.get(v - 1);
            String sql = load(name);
            int version = v;
            h.useTransaction(tx -> {
                for (String statement : statements(sql)) {
                    tx.execute(statement);
                }
                tx.execute(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                        version,
                        name,
                        Instant.now().toString());
            });
            log.info("applied migration {}", name);
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

    private static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
