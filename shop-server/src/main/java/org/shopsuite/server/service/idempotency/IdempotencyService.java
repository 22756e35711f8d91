package org.shopsuite.server.service.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.idempotency.IdempotencyDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Times;

/**
 * Makes a POST safe to retry: the first response to a key is stored in the same transaction as the
 * change it reports, so a repeat returns it and changes nothing. Keys are per user and kept for
 * {@link #RETENTION}.
 */
public final class IdempotencyService {
    public static final Duration RETENTION = Duration.ofDays(7);

    private final Database db;
    private final ObjectMapper json;
    private final Times times;

    public IdempotencyService(Database db, ObjectMapper json, Times times) {
        this.db = db;
        this.json = json;
        this.times = times;
    }

    /** A response as first sent. */
    public record Stored(int status, String body) {}

    /** Runs {@code change} and stores its response with it, in one unit of work; a repeat gets it back. */
    public Stored run(Actor actor, String key, RequestHash request, int status, Change<?> change) {
        checkKey(key);
        return db.write(tx -> {
            IdempotencyDao dao = tx.idempotency();
            var first = dao.find(actor.userId(), key);
            if (first.isPresent()) {
                return repeat(first.get(), request);
            }
            String body = write(change.apply(tx));
            dao.insert(actor.userId(), key, request.value(), status, body, times.now());
            return new Stored(status, body);
        });
    }

    /**
     * As {@link #run}, for an action that cannot run inside a database transaction (a backup copies
     * the database): actions under keys run one at a time, and the response is stored once the action
     * is done. A crash between the two leaves the action done and the key free, as without a key.
     */
    public synchronized Stored runOutside(
            Actor actor, String key, RequestHash request, int status, Supplier<?> action) {
        checkKey(key);
        var first = db.read(tx -> tx.idempotency().find(actor.userId(), key));
        if (first.isPresent()) {
            return repeat(first.get(), request);
        }
        String body = write(action.get());
        db.write(tx -> {
            tx.idempotency().insert(actor.userId(), key, request.value(), status, body, times.now());
            return null;
        });
        return new Stored(status, body);
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw ApiException.invalid("Idempotency-Key", ErrorCode.PATTERN, "must be 1-255 visible ASCII characters");
        }
    }

    private static Stored repeat(IdempotencyDao.Row first, RequestHash request) {
        if (!request.matches(first.requestHash())) {
            throw ApiException.unprocessable(
                    "Idempotency-Key",
                    ErrorCode.IDEMPOTENCY_MISMATCH,
                    "this key was already used for a different request; use a new key");
        }
        return new Stored(first.status(), first.body());
    }

    /** Forgets keys older than the retention period. */
    public int purge() {
        String before = times.now().minus(RETENTION).toString();
        return db.write(tx -> tx.idempotency().purge(before));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
