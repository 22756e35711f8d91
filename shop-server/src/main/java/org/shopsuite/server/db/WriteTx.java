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

    WriteTx(Daos daos) {
        super(daos);
    }

    /** Runs {@code action} after this change has committed (never if it rolls back). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }
}
