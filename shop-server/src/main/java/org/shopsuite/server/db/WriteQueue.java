package org.shopsuite.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer: a thread that owns the writer connection and runs every change, so each
 * read-check-write (capacity, stock, invoice numbers, event seq) is exact and events are published
 * in seq order. Changes waiting together are committed together (group commit): each runs in its
 * own savepoint, so a failing one rolls back alone, and one fsync covers the batch. A caller gets
 * its answer only once its change is on disk.
 *
 * <p>On PostgreSQL, where several servers may write to one database (issue 22, ADR 0025), each
 * batch first takes the database's writer lock, a transaction-level advisory lock held until it
 * commits: the writers of all the servers take turns as this thread's changes do, so every
 * read-check-write stays exact across servers, and seq order is commit order.
 */
final class WriteQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteQueue.class);

    /** Changes committed together at most (one fsync). */
    private static final int MAX_BATCH = 64;

    private static final long SLOW_COMMIT_MILLIS = 250;
    private static final int BACKSTOP_CHECKPOINT_PAGES = 16_000;

    private final Jdbi jdbi;
    private final BlockingQueue<Job<?>> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private volatile boolean closed;

    /**
     * The writer's connection, kept open across commits so its DAOs and prepared statements are
     * reused; touched only by the writer thread, reopened after a failed batch.
     */
    private Daos writer;

    private final boolean sqlite;
    private final Signals signals;

    WriteQueue(Jdbi jdbi, boolean sqlite, Signals signals) {
        this.jdbi = jdbi;
        this.sqlite = sqlite;
        this.signals = signals;
        this.thread = new Thread(this::loop, "db-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many batches have committed; the checkpointer watches it. */
    long commits() {
        return commits.get();
    }

    boolean isWriterThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code work} as one change of a batch and returns once the batch is on disk. */
    <T> T write(Function<WriteTx, T> work) {
        return submit(new Job<>(work, null));
    }

    /** Runs {@code work} on the writer connection between batches, outside a transaction. */
    <T> T exclusive(HandleCallback<T, RuntimeException> work) {
        return submit(new Job<>(null, work));
    }

    private <T> T submit(Job<T> job) {
        if (isWriterThread()) {
            // The writer would wait for itself: a change must pass its WriteTx down instead.
            throw new IllegalStateException("a write was started inside a write; pass the WriteTx instead");
        }
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        jobs.add(job);
        try {
            return job.done.get();
        } catch (ExecutionException e) {
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

    private void loop() {
        try {
            takeAndRun();
        } finally {
            dropWriter();
        }
    }

    private void takeAndRun() {
        List<Job<?>> batch = new ArrayList<>();
        while (!closed) {
            try {
                Job<?> first = jobs.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (first.exclusive != null) {
                    runAlone(first);
                    continue;
                }
                batch.clear();
                batch.add(first);
                Job<?> next;
                while (batch.size() < MAX_BATCH && (next = jobs.peek()) != null && next.exclusive == null) {
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
            Daos daos = writer();
            Handle h = daos.handle();
            h.begin();
            try {
                if (!sqlite) {
                    PostgresSchema.takeWriterLock(h);
                }
                for (Job<?> job : batch) {
                    h.execute("SAVEPOINT change");
                    job.tx = new WriteTx(daos, signals);
                    try {
                        job.run();
                        h.execute("RELEASE change");
                    } catch (RuntimeException e) {
                        job.failure = e;
                        job.tx = null;
                        // If SQLite aborted the whole transaction (disk full, I/O error), this fails too and
                        // the batch fails as one: nothing of it was written.
                        h.execute("ROLLBACK TO change");
                        h.execute("RELEASE change");
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
            dropWriter(); // start the next batch on a fresh connection
        }
        for (Job<?> job : batch) {
            if (batchFailure != null && job.failure == null) {
                job.failure = batchFailure;
                job.tx = null;
            }
            if (job.tx != null) {
                for (Runnable r : job.tx.afterCommitActions()) {
                    try {
                        r.run();
                    } catch (RuntimeException e) {
                        log.error("after-commit action failed", e);
                    }
                }
            }
        }
        for (Job<?> job : batch) {
            job.complete();
        }
    }

    private void runAlone(Job<?> job) {
        try {
            job.runExclusive(writer().handle());
        } catch (RuntimeException e) {
            job.failure = e;
            if (writer != null && writer.handle().isInTransaction()) {
                dropWriter();
            }
        }
        job.complete();
    }

    private Daos writer() {
        if (writer == null) {
            Handle h = jdbi.open();
            if (sqlite) {
                h.execute("PRAGMA wal_autocheckpoint = " + BACKSTOP_CHECKPOINT_PAGES);
            }
            writer = new Daos(h);
        }
        return writer;
    }

    private void dropWriter() {
        if (writer != null) {
            try {
                writer.handle().close();
            } catch (RuntimeException e) {
                log.warn("closing the writer connection failed", e);
            }
            writer = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job<?> left;
        while ((left = jobs.poll()) != null) {
            left.failure = new IllegalStateException("the database was closed");
            left.complete();
        }
    }

    /** One caller's change (or exclusive work), waiting for the writer thread. */
    private static final class Job<T> {
        final Function<WriteTx, T> work;
        final HandleCallback<T, RuntimeException> exclusive;
        final CompletableFuture<T> done = new CompletableFuture<>();
        WriteTx tx;
        T result;
        RuntimeException failure;

        Job(Function<WriteTx, T> work, HandleCallback<T, RuntimeException> exclusive) {
            this.work = work;
            this.exclusive = exclusive;
        }

        void run() {
            result = work.apply(tx);
        }

        void runExclusive(Handle h) {
            result = exclusive.withHandle(h);
        }

        void complete() {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(result);
            }
        }
    }
}
