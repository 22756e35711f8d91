package org.shopsuite.server.db;

import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few reader connections, kept open with their DAOs and prepared statements while idle (ADR
 * 0008), handed out first come, first served. In WAL mode readers never wait for the writer.
 */
final class ReaderPool implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReaderPool.class);
    private static final long WAIT_SECONDS = 30;

    private final Jdbi jdbi;
    private final Queue<Daos> idle = new ConcurrentLinkedQueue<>();
    private final Semaphore permits;
    private volatile boolean closed;

    ReaderPool(Jdbi jdbi, int size) {
        this.jdbi = jdbi;
        this.permits = new Semaphore(size, true);
    }

    /** Runs {@code work} on a borrowed connection; the connection goes back unless it broke. */
    <T> T with(Function<Daos, T> work) {
        Daos d = borrow();
        boolean healthy = false;
        try {
            T result = work.apply(d);
            healthy = true;
            return result;
        } finally {
            giveBack(d, healthy);
        }
    }

    private Daos borrow() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no database connection free after " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        Daos d = idle.poll();
        if (d != null) {
            return d;
        }
        try {
            return new Daos(jdbi.open());
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Puts a connection back, or closes it if it failed in a way that may have left it unusable. */
    private void giveBack(Daos d, boolean healthy) {
        if (!closed && (healthy || usable(d.handle()))) {
            idle.offer(d);
        } else {
            try {
                d.handle().close();
            } catch (RuntimeException e) {
                log.debug("closing a reader connection failed", e);
            }
        }
        permits.release();
    }

    private static boolean usable(Handle h) {
        try {
            return !h.isClosed() && !h.getConnection().isClosed() && !h.isInTransaction();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        Daos d;
        while ((d = idle.poll()) != null) {
            d.handle().close();
        }
    }
}
