package org.shopsuite.server.db.idempotency;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** First responses of POSTs sent with an Idempotency-Key, per user. */
public interface IdempotencyDao {
    record Row(String requestHash, int status, String body) {}

    @SqlQuery(
            "SELECT request_hash, status, body FROM idempotency_keys" + " WHERE user_id = :userId AND idem_key = :key")
    Optional<Row> find(long userId, String key);

    @SqlUpdate("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, body, created_at)"
            + " VALUES (:userId, :key, :requestHash, :status, :body, :now)")
    void insert(long userId, String key, String requestHash, int status, String body, Instant now);

    @SqlUpdate("DELETE FROM idempotency_keys WHERE created_at < :before")
    int purge(String before);
}
