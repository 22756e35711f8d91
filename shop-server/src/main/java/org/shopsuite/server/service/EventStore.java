package org.shopsuite.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.server.db.Daos;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.EventDao;

/**
 * Appends events inside the caller's write transaction (so seq is gapless and an event exists
 * exactly when its change does), feeds the read models, and hands each event to the live stream
 * after commit.
 */
public final class EventStore {
    private final Database db;
    private final ObjectMapper json;
    private final Times times;
    private final StatusBoardProjection statusBoard = new StatusBoardProjection();
    private volatile Consumer<PublishedEvent> sink = e -> {};
    private volatile long lastCommittedSeq;

    public EventStore(Database db, ObjectMapper json, Times times) {
        this.db = db;
        this.json = json;
        this.times = times;
        this.lastCommittedSeq = db.read(h -> Daos.of(h, EventDao.class).lastSeq());
    }

    /** Where committed events go (the WebSocket hub); called in seq order. */
    public void publishTo(Consumer<PublishedEvent> sink) {
        this.sink = sink;
    }

    /** The seq of the newest committed event. */
    public long lastSeq() {
        return lastCommittedSeq;
    }

    Event append(Handle h, EventType type, Actor actor, Long receiptId, Long jobId, Map<String, Object> data) {
        EventDao dao = Daos.of(h, EventDao.class);
        long seq = dao.lastSeq() + 1;
        Instant now = times.now();
        JsonNode node = json.valueToTree(data);
        Event event = new Event(seq, type, now, actor.username(), receiptId, jobId, node);
        dao.insert(new EventDao.Row(seq, type.name(), now.toString(), actor.username(), receiptId, jobId, write(node)));
        statusBoard.apply(h, event);
        String text = write(event);
        db.afterCommit(() -> {
            lastCommittedSeq = seq;
            sink.accept(new PublishedEvent(seq, text));
        });
        return event;
    }

    /** Events after {@code since}, oldest first. */
    public List<Event> since(long since, int limit) {
        return db.read(h -> Daos.of(h, EventDao.class).since(since, limit)).stream()
                .map(this::toEvent)
                .toList();
    }

    /** Committed events after {@code since}, already serialised, for stream catch-up. */
    public List<PublishedEvent> publishedSince(long since, int limit) {
        return since(since, limit).stream()
                .map(e -> new PublishedEvent(e.seq(), write(e)))
                .toList();
    }

    /** A receipt's timeline: every event that names it, oldest first. */
    public List<Event> ofReceipt(long receiptId) {
        return db.read(h -> Daos.of(h, EventDao.class).ofReceipt(receiptId)).stream()
                .map(this::toEvent)
                .toList();
    }

    Event toEvent(EventDao.Row r) {
        try {
            return new Event(
                    r.seq(),
                    EventType.valueOf(r.type()),
                    Instant.parse(r.occurredAt()),
                    r.actor(),
                    r.receiptId(),
                    r.jobId(),
                    json.readTree(r.data()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
