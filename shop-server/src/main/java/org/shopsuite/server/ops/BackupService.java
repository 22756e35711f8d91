package org.shopsuite.server.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.shopsuite.model.Backup;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Migrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups while the shop works: {@code VACUUM INTO} a new file (a consistent snapshot that
 * does not block writers), checked with {@code PRAGMA integrity_check} before it counts.
 * Automatic backups are kept as the newest of each of the last N days and M weeks.
 */
public final class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String AUTO = "auto";
    static final String MANUAL = "manual";

    private final Database db;
    private final Path dir;
    private final int daily;
    private final int weekly;
    private final Clock clock;

    public BackupService(Database db, Path dir, int daily, int weekly, Clock clock) {
        this.db = db;
        this.dir = dir;
        this.daily = daily;
        this.weekly = weekly;
        this.clock = clock;
    }

    /** Makes, verifies and keeps one backup; a failed one leaves no file behind. */
    public synchronized Backup create(String kind) {
        try {
            PrivateFiles.folder(dir);
            Instant now = clock.instant();
            String name = "shop-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "-" + kind + ".db";
            Path target = dir.resolve(name);
            Path partial = dir.resolve(name + ".partial");
            Files.deleteIfExists(partial);
            // VACUUM INTO fills an empty file: made 0600 first, whatever the umask (defect 10).
            PrivateFiles.createFile(partial);
            db.maintenance(h -> h.execute("VACUUM INTO ?", partial.toString()));
            String check = verify(partial);
            if (!check.equals("ok")) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("backup failed its integrity check: " + check);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.restrict(target);
            log.info("backup {} made and verified ({} bytes)", name, Files.size(target));
            rotate();
            return toBackup(target);
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        }
    }

    /** Makes an automatic backup when the newest one is a day old or more. */
    public void daily() {
        Instant last = lastGood();
        if (last == null || Duration.between(last, clock.instant()).compareTo(Duration.ofHours(24)) >= 0) {
            create(AUTO);
        }
    }

    public List<Backup> list() {
        return files().stream().map(this::toBackup).toList();
    }

    /** When the newest verified backup was made, or null. */
    public Instant lastGood() {
        List<Path> all = files();
        return all.isEmpty() ? null : createdAt(all.get(0));
    }

    /** Opens a backup on its own and returns SQLite's integrity verdict ("ok" when sound). */
    public static String verify(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** The schema version inside a database file (0 when it has none). */
    public static int schemaVersion(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Keeps the newest automatic backup of each of the last days and weeks; manual ones: 10. */
    void rotate() throws IOException {
        Instant now = clock.instant();
        Set<String> keepDays = new HashSet<>();
        Set<String> keepWeeks = new HashSet<>();
        int manual = 0;
        for (Path f : files()) {
            Instant at = createdAt(f);
            LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            boolean keep;
            if (f.getFileName().toString().endsWith("-" + MANUAL + ".db")) {
                keep = ++manual <= 10;
            } else {
                String day = t.toLocalDate().toString();
                String week = t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                long ageDays = ChronoUnit.DAYS.between(at, now);
                keep = false;
                if (ageDays < daily && keepDays.add(day)) {
                    keep = true;
                }
                if (ageDays < weekly * 7L && keepWeeks.add(week)) {
                    keep = true;
                }
            }
            if (!keep) {
                Files.deleteIfExists(f);
                log.info("backup {} rotated out", f.getFileName());
            }
        }
    }

    /** Backups, newest first. */
    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out =
                    new ArrayList<>(s.filter(p -> p.getFileName().toString().matches("shop-\\d{8}-\\d{6}-\\w+\\.db"))
                            .toList());
            out.sort(Comparator.comparing(BackupService::createdAt).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant createdAt(Path f) {
        String stamp = f.getFileName().toString().substring(5, 20);
        return LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
    }

    private Backup toBackup(Path f) {
        try {
            Instant at = createdAt(f);
            String n = f.getFileName().toString();
            return new Backup(
                    n,
                    Files.size(f),
                    at,
                    Duration.between(at, clock.instant()).toSeconds(),
                    n.substring(21, n.length() - 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest schema this server knows, for restore checks. */
    static int latestSchema() {
        return Migrator.latestVersion();
    }
}
