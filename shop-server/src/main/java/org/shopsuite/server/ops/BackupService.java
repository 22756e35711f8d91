package org.shopsuite.server.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>Each backup has a file of its own, never overwritten: {@code shop-yyyyMMdd-HHmmss-SSS-kind.db}
 * (UTC, to the millisecond), and a counter after the milliseconds ({@code -SSS-2-kind.db},
 * {@code -3-}...) for another backup in the same millisecond. Files named before the
 * milliseconds ({@code shop-yyyyMMdd-HHmmss-kind.db}) are still listed, rotated and restorable.
 *
 * <p>On PostgreSQL (issue 22) the backups are PostgreSQL's own: with {@code SHOP_PG_DUMP} (pg_dump's
 * path) set, a backup is {@code pg_dump --format=custom} into {@code shop-...-kind.dump}, checked by
 * {@code pg_restore --list} reading it whole, listed and rotated like the SQLite ones, and restored
 * with {@code pg_restore} (docs/install.md); without it, making one is refused (409) saying so, and
 * the list shows the dumps found in the folder (a shop's own {@code pg_dump} job may write them).
 */
public final class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter STAMP_MILLIS = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** A backup's file name: its time (milliseconds since this release), same-millisecond counter, kind. */
    private static final Pattern NAME =
            Pattern.compile("shop-(\\d{8}-\\d{6})(?:-(\\d{3}))?(?:-(\\d{1,9}))?-([a-z]+)\\.(?:db|dump)");

    static final String AUTO = "auto";
    static final String MANUAL = "manual";

    private final Database db;
    private final Path dir;
    private final int daily;
    private final int weekly;
    private final Clock clock;
    /** The PostgreSQL database and its pg_dump, or null on SQLite. */
    private final org.shopsuite.server.config.ServerConfig.Postgres postgres;

    public BackupService(Database db, Path dir, int daily, int weekly, Clock clock) {
        this(db, dir, daily, weekly, clock, null);
    }

    public BackupService(
            Database db,
            Path dir,
            int daily,
            int weekly,
            Clock clock,
            org.shopsuite.server.config.ServerConfig.Postgres postgres) {
        this.postgres = postgres;
        this.db = db;
        this.dir = dir;
        this.daily = daily;
        this.weekly = weekly;
        this.clock = clock;
    }

    /** Makes, verifies and keeps one backup; a failed one leaves no file behind. */
    public synchronized Backup create(String kind) {
        if (db.postgres() && (postgres == null || postgres.pgDump() == null)) {
            throw org.shopsuite.server.service.ApiException.conflict(
                    "this server keeps its data in PostgreSQL: back it up with PostgreSQL's own tools"
                            + " (pg_dump, or base backups and WAL archiving; docs/install.md), or set SHOP_PG_DUMP"
                            + " to pg_dump's path and this button runs it");
        }
        try {
            PrivateFiles.folder(dir);
            Instant now = clock.instant();
            deleteLeftovers();
            String stamp = STAMP_MILLIS.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            Path target = null;
            Path partial = null;
            for (int n = 1; partial == null; n++) {
                String name =
                        "shop-" + stamp + (n == 1 ? "" : "-" + n) + "-" + kind + (db.postgres() ? ".dump" : ".db");
                target = dir.resolve(name);
                partial = reserve(target, dir.resolve(name + ".partial"));
            }
            String name = target.getFileName().toString();
            Path into = partial;
            try {
                if (db.postgres()) {
                    pgDump(into);
                } else {
                    // VACUUM INTO writes into an empty file: the reserved one.
                    db.maintenance(h -> h.execute("VACUUM INTO ?", into.toString()));
                }
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            String check = db.postgres() ? verifyDump(partial) : verify(partial);
            if (!check.equals("ok")) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("backup failed its integrity check: " + check);
            }
            // Without REPLACE_EXISTING: refuses rather than overwrite (a rename on one file system).
            Files.move(partial, target);
            PrivateFiles.restrict(target);
            log.info("backup {} made and verified ({} bytes)", name, Files.size(target));
            rotate();
            return toBackup(target);
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reserves a backup's name: creates its partial file, empty, unless the name is taken (by a
     * backup, or by one being made); null when it is.
     */
    private static Path reserve(Path target, Path partial) throws IOException {
        if (Files.exists(target)) {
            return null;
        }
        try {
            // 0600 from the start, whatever the umask: VACUUM INTO fills this empty file.
            Path made = Files.createFile(partial, PrivateFiles.attributes());
            PrivateFiles.restrict(made);
            return made;
        } catch (FileAlreadyExistsException e) {
            return null;
        }
    }

    /**
     * Deletes partial files a crash left behind. Backups are made one at a time, by the one server
     * that holds the data folder: a partial file found before one starts is nobody's.
     */
    private void deleteLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".db.partial")
                            || p.getFileName().toString().endsWith(".dump.partial"))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Makes an automatic backup when the newest one is a day old or more. */
    public void daily() {
        if (db.postgres() && (postgres == null || postgres.pgDump() == null)) {
            return; // PostgreSQL's own tools back it up
        }
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

    /** pg_dump of the whole database into {@code into} (custom format: compressed, for pg_restore). */
    private void pgDump(Path into) {
        run(
                List.of(
                        postgres.pgDump().toString(),
                        "--format=custom",
                        "--no-owner",
                        "--file=" + into,
                        "--dbname=" + postgres.libpqUrl()),
                "pg_dump");
    }

    /** {@code pg_restore --list} reads the dump whole: "ok" when it can. */
    private String verifyDump(Path file) {
        Path restore = postgres.pgDump().resolveSibling("pg_restore");
        if (!Files.isExecutable(restore)) {
            return "ok"; // pg_dump exited 0; nothing beside it to read the dump with
        }
        try {
            run(List.of(restore.toString(), "--list", file.toString()), "pg_restore --list");
            return "ok";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private void run(List<String> cmd, String what) {
        try {
            Path out = Files.createTempFile("shop-pg-tool", ".log");
            try {
                ProcessBuilder pb =
                        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
                if (postgres.user() != null) {
                    pb.environment().put("PGUSER", postgres.user());
                }
                if (postgres.password() != null) {
                    pb.environment().put("PGPASSWORD", postgres.password());
                }
                Process p = pb.start();
                if (!p.waitFor(2, java.util.concurrent.TimeUnit.HOURS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(what + " did not finish in 2 hours");
                }
                if (p.exitValue() != 0) {
                    String said = Files.readString(out).strip();
                    throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "): "
                            + (said.length() > 500 ? said.substring(0, 500) : said));
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " ran", e);
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
            if (kind(f).equals(MANUAL)) {
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
            List<Path> out = new ArrayList<>(
                    s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                            .toList());
            out.sort(Comparator.comparing(BackupService::createdAt)
                    .thenComparingInt(BackupService::counter)
                    .reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Matcher parts(Path f) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a backup's name: " + f.getFileName());
        }
        return m;
    }

    private static Instant createdAt(Path f) {
        Matcher m = parts(f);
        Instant second = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
        return m.group(2) == null ? second : second.plusMillis(Integer.parseInt(m.group(2)));
    }

    /** 1 for the first backup of its millisecond, 2 for the next... */
    private static int counter(Path f) {
        String n = parts(f).group(3);
        return n == null ? 1 : Integer.parseInt(n);
    }

    private static String kind(Path f) {
        return parts(f).group(4);
    }

    private Backup toBackup(Path f) {
        try {
            Instant at = createdAt(f);
            String n = f.getFileName().toString();
            return new Backup(
                    n, Files.size(f), at, Duration.between(at, clock.instant()).toSeconds(), kind(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest schema this server knows, for restore checks. */
    static int latestSchema() {
        return Migrator.latestVersion();
    }
}
