package org.shopsuite.server.db.event;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.EventType;

/** The append-only event log. */
public interface EventDao {
    record Row(long seq, EventType type, Instant occurredAt, String actor, Long receiptId, Long jobId, String data) {}

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM events")
    long lastSeq();

    @SqlUpdate("INSERT INTO events (seq, type, occurred_at, actor, receipt_id, job_id, data)"
            + " VALUES (:seq, :type, :occurredAt, :actor, :receiptId, :jobId, :data)")
    void insert(long seq, EventType type, Instant occurredAt, String actor, Long receiptId, Long jobId, String data);

    @SqlQuery("SELECT * FROM events WHERE seq > :since ORDER BY seq LIMIT :limit")
    List<Row> since(long since, int limit);

    @SqlQuery("SELECT * FROM events WHERE receipt_id = :receiptId ORDER BY seq")
    List<Row> ofReceipt(long receiptId);

    /** The audit trail, newest first; {@code <where>} is built from a fixed set of filters. */
    @SqlQuery("SELECT * FROM events WHERE seq < :before AND occurred_at >= :from AND occurred_at < :to"
            + " AND <where> ORDER BY seq DESC LIMIT :limit")
    @org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings
    List<Row> audit(
            long before,
            String from,
            String to,
            @org.jdbi.v3.sqlobject.customizer.Define("where") String where,
            Long id,
            int limit);
}
