package org.shopsuite.server.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: one writer connection, used only by the writer thread, and a small pool of
 * reader connections. SQLite allows one writer anyway; serialising writes here makes every
 * read-check-write (capacity, stock, invoice numbers, event seq) exact, and lets events be
 * published after commit in seq order. Changes arriving together are committed together.
 *
 * <p>Connections stay open for the life of the server, each with its DAOs attached once and its
 * prepared statements kept ({@link CachedStatements}): SQLite connections are cheap to hold and
 * costly to re-prepare for (ADR 0008).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Jdbi writer;
    private final Jdbi reader;
    /** Changes committed together at most (one fsync). */
    private static final int MAX_BATCH = 64;

    private static final long READER_WAIT_SECONDS = 30;

    /**
     * The writer's handle, kept open across commits so its attached DAOs and prepared statements
     * are reused; touched only by the writer thread, reopened after a failed batch.
     */
    private Handle writerHandle;
    /** Reader handles not in use; each keeps its connection, DAOs and statements while idle. */
    private final Queue<Handle> idleReaders = new ConcurrentLinkedQueue<>();
    /** One permit per reader connection, handed out first come, first served. */
    private final Semaphore readerPermits;

    @SuppressWarnings("ThreadLocalUsage") // per instance on purpose: each Database has its own transactions
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private final java.util.concurrent.BlockingQueue<Job<?>> jobs = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writerThread;
    private volatile boolean closed;

    /**
     * WAL checkpoints (copying committed pages into the database file, then an fsync of it) run on
     * a thread of their own, so a commit never waits for one: SQLite's automatic checkpoint runs
     * inside the commit that crosses 1,000 WAL pages, and under load that commit and every change
     * queued behind it waited (a 600 ms stall of the event stream in a benchmark run). The writer
     * keeps an automatic checkpoint only as a backstop, should this one fall far behind.
     */
    private final Thread checkpointer;

    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();
    private static final long CHECKPOINT_EVERY_MILLIS = 250;
    private static final int BACKSTOP_CHECKPOINT_PAGES = 16_000;
    private static final long SLOW_COMMIT_MILLIS = 250;

    private Database(Path file, int readers) {
        this.file = file;
        this.readerPermits = new Semaphore(readers, true);
        RecordRows rows = new RecordRows();
        this.writer = jdbi(file, true, rows);
        this.reader = jdbi(file, false, rows);
        this.writerThread = new Thread(this::writerLoop, "db-writer");
        writerThread.setDaemon(true);
        writerThread.start();
        this.checkpointer = new Thread(this::checkpointLoop, "db-checkpoint");
        checkpointer.setDaemon(true);
        checkpointer.start();
    }

    /** Checkpoints, without blocking the writer or readers, what was committed since the last one. */
    private void checkpointLoop() {
        long done = 0;
        Handle h = null;
        try {
            while (!closed) {
                Thread.sleep(CHECKPOINT_EVERY_MILLIS);
                long now = commits.get();
                if (now == done) {
                    continue;
                }
                try {
                    if (h == null) {
                        h = reader.open();
                    }
                    // PASSIVE: copies what no reader still needs, takes no lock a commit waits for.
                    h.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    done = now;
                } catch (RuntimeException e) {
                    log.warn("WAL checkpoint failed; retrying", e);
                    if (h != null) {
                        h.close();
                        h = null;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (h != null) {
                h.close();
            }
        }
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static Database open(Path file, int readers) {
        Database db = new Database(file, readers);
        try {
            db.exclusive(h -> {
                Migrator.migrate(h);
                return null;
            });
            // A database that cannot be read fails the start at once, not on the first request.
            db.unmanaged(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Jdbi jdbi(Path file, boolean writer, RecordRows rows) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before it returns, so a 201 survives power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        // Only another program can hold the file (WAL lets our readers and writer pass each other).
        config.setBusyTimeout(5_000);
        config.setTransactionMode(
                writer ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(sqlite).installPlugin(new SqlObjectPlugin()).registerRowMapper(rows);
        jdbi.setStatementBuilderFactory(connection -> new CachedStatements());
        return jdbi;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} as one atomic change and returns once it is committed to disk; joins the
     * caller's change when already inside one. Changes from many callers are committed together
     * (group commit): each runs in its own savepoint, so a failing one rolls back alone, and one
     * fsync covers the batch. After-commit actions run after the commit, in commit order.
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        Tx tx = current.get();
        if (tx != null) {
            return work.withHandle(tx.handle);
        }
        return submit(new Job<>(work, true));
    }

    private <T> T submit(Job<T> job) {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        jobs.add(job);
        try {
            return job.done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** The writer thread: takes what is waiting, commits it as one transaction, answers everyone. */
    private void writerLoop() {
        try {
            takeAndRun();
        } finally {
            dropWriterHandle();
        }
    }

    private void takeAndRun() {
        List<Job<?>> batch = new ArrayList<>();
        while (!closed) {
            try {
                Job<?> first = jobs.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (!first.transactional) {
                    runAlone(first);
                    continue;
                }
                batch.clear();
                batch.add(first);
                Job<?> next;
                while (batch.size() < MAX_BATCH && (next = jobs.peek()) != null && next.transactional) {
                    batch.add(jobs.poll());
                }
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("writer loop failure", e);
            }
        }
    }

    private void runBatch(List<Job<?>> batch) {
        RuntimeException batchFailure = null;
        try {
            Handle h = writerHandle();
            h.begin();
            try {
                for (Job<?> job : batch) {
                    h.execute("SAVEPOINT change");
                    current.set(new Tx(h, job.afterCommit));
                    try {
                        job.run(h);
                        h.execute("RELEASE change");
                    } catch (RuntimeException e) {
                        job.failure = e;
                        job.afterCommit.clear();
                        // If SQLite aborted the whole transaction (disk full, I/O error), this fails too and
                        // the batch fails as one: nothing of it was written.
                        h.execute("ROLLBACK TO change");
                        h.execute("RELEASE change");
                    } finally {
                        current.remove();
                    }
                }
                long started = System.nanoTime();
                h.commit();
                commits.incrementAndGet();
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (millis >= SLOW_COMMIT_MILLIS) {
                    log.warn("a commit of {} changes took {} ms (the disk is slow or busy)", batch.size(), millis);
                }
            } catch (RuntimeException e) {
                batchFailure = e;
                try {
                    h.rollback();
                } catch (RuntimeException ignored) {
                    // already rolled back by SQLite
                }
            }
        } catch (RuntimeException e) {
            batchFailure = e;
        }
        if (batchFailure != null) {
            dropWriterHandle(); // start the next batch on a fresh connection
        }
        for (Job<?> job : batch) {
            if (batchFailure != null && job.failure == null) {
                job.failure = batchFailure;
                job.afterCommit.clear();
            }
            for (Runnable r : job.afterCommit) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    log.error("after-commit action failed", e);
                }
            }
        }
        for (Job<?> job : batch) {
            job.complete();
        }
    }

    private void runAlone(Job<?> job) {
        try {
            job.run(writerHandle());
        } catch (RuntimeException e) {
            job.failure = e;
            if (writerHandle != null && writerHandle.isInTransaction()) {
                dropWriterHandle();
            }
        }
        job.complete();
    }

    private Handle writerHandle() {
        if (writerHandle == null) {
            writerHandle = writer.open();
            writerHandle.execute("PRAGMA wal_autocheckpoint = " + BACKSTOP_CHECKPOINT_PAGES);
        }
        return writerHandle;
    }

    private void dropWriterHandle() {
        if (writerHandle != null) {
            try {
                writerHandle.close();
            } catch (RuntimeException e) {
                log.warn("closing the writer connection failed", e);
            }
            writerHandle = null;
        }
    }

    /** One caller's change, waiting for the writer thread. */
    private static final class Job<T> {
        final HandleCallback<T, RuntimeException> work;
        final boolean transactional;
        final List<Runnable> afterCommit = new ArrayList<>();
        final java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        T result;
        RuntimeException failure;

        Job(HandleCallback<T, RuntimeException> work, boolean transactional) {
            this.work = work;
            this.transactional = transactional;
        }

        void run(Handle h) {
            result = work.withHandle(h);
        }

        void complete() {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(result);
            }
        }
    }

    /** Registers an action to run once the current write transaction has committed. */
    public void afterCommit(Runnable action) {
        Tx tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("afterCommit outside a write transaction");
        }
        tx.afterCommit.add(action);
    }

    /** Runs {@code work} in a read transaction (a consistent snapshot) on a reader connection. */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        Tx tx = current.get();
        if (tx != null) {
            return work.withHandle(tx.handle);
        }
        return withReader(h -> h.inTransaction(work));
    }

    /**
     * Runs {@code work}, which must run exactly one SELECT, on a reader connection without opening a
     * transaction: one statement reads one snapshot by itself, and the BEGIN and COMMIT around it
     * would cost more than a point read does. Inside a write transaction it runs there, as
     * {@link #read} does. More than one statement needs {@link #read}.
     */
    public <T> T readStatement(HandleCallback<T, RuntimeException> work) {
        Tx tx = current.get();
        if (tx != null) {
            return work.withHandle(tx.handle);
        }
        return withReader(work);
    }

    /** Runs {@code work} on a reader connection outside a transaction (VACUUM INTO, pragmas). */
    public <T> T unmanaged(HandleCallback<T, RuntimeException> work) {
        return withReader(work);
    }

    private <T> T withReader(HandleCallback<T, RuntimeException> work) {
        Handle h = borrowReader();
        boolean healthy = false;
        try {
            T result = work.withHandle(h);
            healthy = true;
            return result;
        } finally {
            giveBack(h, healthy);
        }
    }

    private Handle borrowReader() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        try {
            if (!readerPermits.tryAcquire(READER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no database connection free after " + READER_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        Handle h = idleReaders.poll();
        if (h != null) {
            return h;
        }
        try {
            return reader.open();
        } catch (RuntimeException e) {
            readerPermits.release();
            throw e;
        }
    }

    /** Puts a reader handle back, or closes it if it failed in a way that may have left it unusable. */
    private void giveBack(Handle h, boolean healthy) {
        if (!closed && (healthy || usable(h))) {
            idleReaders.offer(h);
        } else {
            try {
                h.close();
            } catch (RuntimeException e) {
                log.debug("closing a reader connection failed", e);
            }
        }
        readerPermits.release();
    }

    private static boolean usable(Handle h) {
        try {
            return !h.isClosed() && !h.getConnection().isClosed() && !h.isInTransaction();
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Runs {@code work} on the writer connection between commits, outside a transaction. */
    public <T> T exclusive(HandleCallback<T, RuntimeException> work) {
        return submit(new Job<>(work, false));
    }

    @Override
    public void close() {
        closed = true;
        writerThread.interrupt();
        checkpointer.interrupt();
        try {
            writerThread.join(10_000);
            checkpointer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job<?> left;
        while ((left = jobs.poll()) != null) {
            left.failure = new IllegalStateException("the database was closed");
            left.complete();
        }
        Handle idle;
        while ((idle = idleReaders.poll()) != null) {
            idle.close();
        }
    }

    private record Tx(Handle handle, List<Runnable> afterCommit) {}
}
