package org.shopsuite.server.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.config.ServerConfig;

/**
 * {@code shop-server restore <backup-file>}, with the server stopped: checks the backup, keeps a
 * safety copy of the current database, then puts the backup in its place.
 */
public final class Restore {
    private Restore() {}

    /** Returns the path of the safety copy (null when there was no database yet). */
    @SuppressWarnings("try") // the data-dir lock is only held, never referenced: it keeps a server away
    public static Path run(Path backup, ServerConfig config) {
        if (!Files.isRegularFile(backup)) {
            throw new ServerConfig.InvalidConfig("no such backup file: " + backup);
        }
        String check = BackupService.verify(backup);
        if (!check.equals("ok")) {
            throw new ServerConfig.InvalidConfig(backup + " is not a sound Shop Suite database: " + check);
        }
        int version = BackupService.schemaVersion(backup);
        if (version == 0) {
            throw new ServerConfig.InvalidConfig(backup + " is not a Shop Suite database");
        }
        if (version > BackupService.latestSchema()) {
            throw new ServerConfig.InvalidConfig(
                    backup + " was made by a newer Shop Suite (schema " + version + "); upgrade the server first");
        }
        try {
            PrivateFiles.folder(config.dataDir());
            try (DataDirLock lock = DataDirLock.acquire(config.dataDir())) {
                Path db = config.databaseFile();
                Path safety = null;
                if (Files.exists(db)) {
                    checkpoint(db);
                    safety = db.resolveSibling("shop.db.before-restore-"
                            + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                    .format(LocalDateTime.now(ZoneId.systemDefault())));
                    Files.copy(db, safety);
                    PrivateFiles.restrict(safety);
                }
                Path incoming = db.resolveSibling("shop.db.restoring");
                Files.deleteIfExists(incoming);
                PrivateFiles.createFile(incoming);
                Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.restrict(incoming);
                Files.deleteIfExists(db.resolveSibling("shop.db-wal"));
                Files.deleteIfExists(db.resolveSibling("shop.db-shm"));
                Files.move(incoming, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return safety;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed: " + e.getMessage(), e);
        }
    }

    /** Folds the write-ahead log into the database file so the safety copy is complete. */
    private static void checkpoint(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new ServerConfig.InvalidConfig("cannot read the current database " + db + ": " + e.getMessage());
        }
    }
}
