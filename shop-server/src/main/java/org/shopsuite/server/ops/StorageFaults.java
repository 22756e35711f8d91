package org.shopsuite.server.ops;

import java.nio.file.Path;
import java.util.Optional;
import org.shopsuite.server.db.Migrator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into what a shop needs to hear, by their error code. */
public final class StorageFaults {
    private StorageFaults() {}

    /** The SQLite error code somewhere in a failure's causes. */
    public static Optional<SQLiteErrorCode> code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException e) {
                return Optional.of(e.getResultCode());
            }
        }
        return Optional.empty();
    }

    public static boolean diskFull(Throwable t) {
        return code(t).filter(c -> c == SQLiteErrorCode.SQLITE_FULL).isPresent();
    }

    public static boolean busy(Throwable t) {
        return code(t).filter(
                        c -> c.name().startsWith("SQLITE_BUSY") || c.name().startsWith("SQLITE_LOCKED"))
                .isPresent();
    }

    /** Why the database could not be opened, in words; null when it is no storage fault. */
    public static String explainOpen(Throwable t, Path file) {
        String refused = refusedByMigrator(t);
        if (refused != null) {
            return refused;
        }
        return code(t).map(c -> {
                    String name = c.name();
                    if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                        return file + " is not a sound Shop Suite database (damaged, or another program's file)."
                                + " Move it away and restore a backup: shop-server restore <backup-file>";
                    }
                    if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                        return file + " is locked by another program; close it (a database viewer, a copy in"
                                + " progress) and start again";
                    }
                    if (name.startsWith("SQLITE_FULL")) {
                        return "the disk holding " + file + " is full; free some space and start again";
                    }
                    if (name.startsWith("SQLITE_READONLY")
                            || name.startsWith("SQLITE_CANTOPEN")
                            || name.startsWith("SQLITE_PERM")) {
                        return "cannot open " + file
                                + " for writing; check that the server's user owns its data folder";
                    }
                    return null;
                })
                .orElse(null);
    }

    /**
     * Why the PostgreSQL database could not be used, in words: the migrator's or the writer lock's
     * refusal, or the connection's or login's failure (SQL states 08 and 28); null otherwise.
     */
    public static String explainPostgres(Throwable t, String database) {
        String refused = refusedByMigrator(t);
        if (refused != null) {
            return refused;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08")) {
                    return "cannot connect to the PostgreSQL database " + database + ": " + s.getMessage();
                }
                if (state.startsWith("28") || state.equals("3D000")) {
                    return "PostgreSQL refused " + database + ": " + s.getMessage()
                            + " (check database.url, SHOP_DATABASE_USER and SHOP_DATABASE_PASSWORD)";
                }
            }
        }
        return null;
    }

    /** The migrator's reason to refuse the database (newer schema, edited migration), if any. */
    private static String refusedByMigrator(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Migrator.Refused) {
                return c.getMessage();
            }
        }
        return null;
    }
}
