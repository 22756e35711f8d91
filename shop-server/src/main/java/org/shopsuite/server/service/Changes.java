package org.shopsuite.server.service;

import org.shopsuite.server.db.Database;
import org.shopsuite.server.service.idempotency.IdempotencyService;
import org.shopsuite.server.service.idempotency.RequestHash;

/** Commits {@link Change}s: each as one unit of work, or once per Idempotency-Key. */
public final class Changes {
    private final Database db;
    private final IdempotencyService idempotency;

    public Changes(Database db, IdempotencyService idempotency) {
        this.db = db;
        this.idempotency = idempotency;
    }

    /** Runs {@code change} as one atomic write and returns its result once it is on disk. */
    public <T> T commit(Change<T> change) {
        return db.write(change::apply);
    }

    /**
     * Runs {@code change} once for this actor's {@code key}: the first response is stored in the same
     * transaction as the change, and a repeat gets it back without changing anything.
     */
    public IdempotencyService.Stored commitOnce(
            Actor actor, String key, RequestHash request, int status, Change<?> change) {
        return idempotency.run(actor, key, request, status, change);
    }

    /** An action outside any transaction (a backup), run once per key: see {@link IdempotencyService#runOutside}. */
    public IdempotencyService.Stored once(
            Actor actor, String key, RequestHash request, int status, java.util.function.Supplier<?> action) {
        return idempotency.runOutside(actor, key, request, status, action);
    }
}
