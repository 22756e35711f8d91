package org.shopsuite.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.config.ServerConfig;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database, one entry point per intent: {@link #write} (a change, through a
 * {@link WriteTx}), {@link #read} (a consistent snapshot of several statements), {@link #readOne}
 * (one statement, no transaction) and {@link #maintenance} (pragmas and backups). Behind them:
 * the one writer with group commit ({@link WriteQueue}), a pool of readers ({@link ReaderPool})
 * and the WAL checkpointer ({@link Checkpointer}).
 *
 * <p>Connections stay open for the life of the server, each with its DAOs attached once and its
 * prepared statements kept ({@link CachedStatements}): SQLite connections are cheap to hold and
 * costly to re-prepare for (ADR 0008). Everything SQLite-specific about connections is here.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final WriteQueue writes;
    private final ReaderPool readers;
    private final Checkpointer checkpointer;
    private final boolean postgres;
    private final Signals signals;
    /** Where the start lock is taken (PostgreSQL); null on SQLite. */
    private final Jdbi startLock;

    private Database(Path file, int readers) {
        this.file = file;
        this.postgres = false;
        this.signals = Signals.local();
        RecordRows rows = new RecordRows();
        Jdbi reader = jdbi(file, false, rows);
        this.startLock = null;
        this.writes = new WriteQueue(jdbi(file, true, rows), true, signals);
        this.readers = new ReaderPool(reader, readers);
        this.checkpointer = new Checkpointer(reader, writes::commits);
    }

    private Database(ServerConfig.Postgres target, int readers) {
        this.file = null;
        this.postgres = true;
        RecordRows rows = new RecordRows();
        Jdbi writer = jdbi(target, rows, false);
        this.startLock = writer;
        this.signals = Signals.shared(writer);
        this.writes = new WriteQueue(writer, false, signals);
        this.readers = new ReaderPool(jdbi(target, rows, true), readers);
        this.checkpointer = null;
    }

    /** What the other servers on this database say (PostgreSQL); nothing on SQLite. */
    public Signals signals() {
        return signals;
    }

    /**
     * Runs {@code work} (a server's first steps: the first user, the demo data) while no other
     * server on this database runs its own (PostgreSQL: a session advisory lock on a connection of
     * its own; SQLite: one server per data folder already), so servers starting at once on an empty
     * database make the first user and the demo data once.
     */
    public void whileStarting(Runnable work) {
        if (startLock == null) {
            work.run();
            return;
        }
        try (org.jdbi.v3.core.Handle h = startLock.open()) {
            h.createQuery("SELECT pg_advisory_lock(:key) IS NULL")
                    .bind("key", PostgresSchema.START_LOCK)
                    .mapTo(Boolean.class)
                    .one();
            try {
                work.run();
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:key)")
                        .bind("key", PostgresSchema.START_LOCK)
                        .mapTo(Boolean.class)
                        .one();
            }
        }
    }

    /**
     * Opens the PostgreSQL database (issue 22) and brings its schema up to date, once however
     * many servers start at once on it ({@link PostgresSchema}).
     */
    public static Database openPostgres(ServerConfig.Postgres target, int readers) {
        Database db = new Database(target, readers);
        try {
            db.writes.exclusive(h -> {
                PostgresSchema.migrate(h);
                return null;
            });
            db.maintenance(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A reader's transactions are {@code REPEATABLE READ}: PostgreSQL's default (read committed)
     * takes a snapshot per statement, and a read of several statements must see one (SQLite's
     * read transaction is one by itself). Set once per connection, not per transaction.
     */
    private static Jdbi jdbi(ServerConfig.Postgres target, RecordRows rows, boolean reader) {
        java.util.Properties props = new java.util.Properties();
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        props.setProperty("ApplicationName", "shop-server");
        return configured(
                Jdbi.create(() -> {
                    java.sql.Connection c = java.sql.DriverManager.getConnection(target.jdbcUrl(), props);
                    if (reader) {
                        // searches are planned for their own words: PlanEachTime
                        c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
                    }
                    return c;
                }),
                rows);
    }

    private static Jdbi configured(Jdbi jdbi, RecordRows rows) {
        jdbi.installPlugin(new SqlObjectPlugin())
                .registerRowMapper(rows)
                .registerArgument(new TextArguments.Instants())
                .registerArgument(new TextArguments.Days())
                .registerArgument(new TextArguments.Booleans())
                // days and times read back from their text, whatever the driver makes of the column
                .registerColumnMapper(java.time.LocalDate.class, (rs, col, ctx) -> {
                    String text = rs.getString(col);
                    return text == null ? null : java.time.LocalDate.parse(text);
                })
                .registerColumnMapper(java.time.Instant.class, (rs, col, ctx) -> {
                    String text = rs.getString(col);
                    return text == null ? null : java.time.Instant.parse(text);
                });
        jdbi.setStatementBuilderFactory(connection -> new CachedStatements());
        return jdbi;
    }

    /** Whether this is the PostgreSQL back end (else the SQLite file). */
    public boolean postgres() {
        return postgres;
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static Database open(Path file, int readers) {
        // SQLite creates the file 0644 less the umask, and its -wal and -shm with the file's own
        // permissions: an empty 0600 file first makes all three private (issue 14, defect 10).
        try {
            PrivateFiles.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, readers);
        try {
            db.writes.exclusive(h -> {
                Migrator.migrate(h);
                return null;
            });
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                PrivateFiles.restrictQuietly(file.resolveSibling(file.getFileName() + suffix));
            }
            // A database that cannot be read fails the start at once, not on the first request.
            db.maintenance(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static final int WRITER_CACHE_KIB = 64 * 1024;
    private static final int READER_CACHE_KIB = 16 * 1024;

    private static Jdbi jdbi(Path file, boolean writer, RecordRows rows) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before it returns, so a 201 survives power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        // Page caches sized for a shop's years of records (SQLite's default is 2 MB a connection):
        // the writer touches the index pages of every table a receipt writes to, so its cache is
        // the larger; a reader's pages are also in the OS's file cache.
        config.setCacheSize(writer ? -WRITER_CACHE_KIB : -READER_CACHE_KIB);
        // Only another program can hold the file (WAL lets our readers and writer pass each other).
        config.setBusyTimeout(5_000);
        config.setTransactionMode(
                writer ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return configured(Jdbi.create(sqlite), rows);
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} as one atomic change and returns once it is committed to disk. Everything
     * the change reads and writes goes through its {@link WriteTx}; a method that needs to be part
     * of the change takes the {@code WriteTx}. Starting a write (or a read) inside a write is an
     * error: pass the {@code WriteTx} down instead.
     */
    public <T> T write(Function<WriteTx, T> work) {
        return writes.write(work);
    }

    /** Runs {@code work} in a read transaction: every statement sees the same snapshot. */
    public <T> T read(Function<ReadTx, T> work) {
        notInsideAWrite();
        return readers.with(d -> d.handle().inTransaction(h -> work.apply(new ReadTx(d))));
    }

    /**
     * Runs {@code work}, which must run exactly one SELECT, without opening a transaction: one
     * statement reads one snapshot by itself, and the BEGIN and COMMIT around it would cost more
     * than a point read does. More than one statement needs {@link #read}.
     */
    public <T> T readOne(Function<ReadTx, T> work) {
        notInsideAWrite();
        return readers.with(d -> work.apply(new ReadTx(d)));
    }

    /** Runs {@code work} on a reader connection outside a transaction: pragmas, VACUUM INTO. */
    public <T> T maintenance(HandleCallback<T, RuntimeException> work) {
        return readers.with(d -> work.withHandle(d.handle()));
    }

    /** Runs {@code work} on the writer connection between commits, outside a transaction. */
    public <T> T exclusive(HandleCallback<T, RuntimeException> work) {
        return writes.exclusive(work);
    }

    /** A read inside a write would not see the change's own rows: it must use the WriteTx. */
    private void notInsideAWrite() {
        if (writes.isWriterThread()) {
            throw new IllegalStateException("a read was started inside a write; read through the WriteTx");
        }
    }

    @Override
    public void close() {
        signals.close();
        writes.close();
        if (checkpointer != null) {
            checkpointer.close();
        }
        readers.close();
    }
}
