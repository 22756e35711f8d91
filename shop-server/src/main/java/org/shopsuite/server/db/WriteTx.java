package org.shopsuite.server.db;

import java.util.ArrayList;
import java.util.List;

/**
 * One change inside the write transaction ({@link Database#write}): everything done through it
 * commits together or not at all, and what is registered with {@link #afterCommit} runs only once
 * it has committed, in commit order.
 */
public final class WriteTx extends Tx {
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Signals signals;
    private long lastEventSeq = -1;

    WriteTx(Daos daos, Signals signals) {
        super(daos);
        this.signals = signals;
    }

    /**
     * Tells the other servers on this database ({@link Signals}; PostgreSQL only) once this change
     * has committed; nothing if it rolls back.
     */
    public void signal(String kind, String payload) {
        signals.send(handle(), kind, payload);
    }

    /** Runs {@code action} after this change has committed (never if it rolls back). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * The seq of this change's next event: the log's last read once, then counted on (the one
     * writer appends, and on PostgreSQL holds the writer lock, so nothing else can take a seq
     * inside the change).
     */
    public long nextEventSeq(java.util.function.LongSupplier lastInLog) {
        if (lastEventSeq < 0) {
            lastEventSeq = lastInLog.getAsLong();
        }
        return ++lastEventSeq;
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }
}
