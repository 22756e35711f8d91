package org.shopsuite.server.db;

import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WAL checkpoints (copying committed pages into the database file, then an fsync of it) on a
 * thread of their own, so a commit never waits for one: SQLite's automatic checkpoint runs inside
 * the commit that crosses 1,000 WAL pages, and under load that commit and every change queued
 * behind it waited (a 600 ms stall of the event stream in a benchmark run). The writer keeps an
 * automatic checkpoint only as a backstop, should this one fall far behind.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);
    private static final long EVERY_MILLIS = 250;

    private final Jdbi jdbi;
    private final LongSupplier commits;
    private final Thread thread;
    private volatile boolean closed;

    /** Checkpoints every {@value #EVERY_MILLIS} ms when {@code commits} has moved since the last one. */
    Checkpointer(Jdbi jdbi, LongSupplier commits) {
        this.jdbi = jdbi;
        this.commits = commits;
        this.thread = new Thread(this::loop, "db-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long done = 0;
        Handle h = null;
        try {
            while (!closed) {
                Thread.sleep(EVERY_MILLIS);
                long now = commits.getAsLong();
                if (now == done) {
                    continue;
                }
                try {
                    if (h == null) {
                        h = jdbi.open();
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

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
