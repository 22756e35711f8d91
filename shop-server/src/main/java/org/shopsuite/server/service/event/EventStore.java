package org.shopsuite.server.service.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventJson;
import org.shopsuite.model.event.EventData;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.event.EventDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.Times;

/**
 * Appends events inside the caller's write transaction (so seq is gapless and an event exists
 * exactly when its change does), feeds the read models, and hands each event to the live stream
 * after commit.
 *
 * <p>On a database other servers write to as well (PostgreSQL, issue 22), their events reach this
 * server's stream too, in seq order and with no gap: a commit anywhere signals the others
 * ({@link org.shopsuite.server.db.Signals}), and a follower thread hands on what the log holds
 * after the last seq it delivered, this server's own events included, so they wait for any earlier
 * ones of another server. The writer lock makes seq order commit order, so when the log shows a
 * seq it shows every seq before it.
 */
public final class EventStore implements AutoCloseable {
    private static final int CATCH_UP_PAGE = 500;
    /** The kind of signal a commit with events sends the other servers. */
    private static final String SIGNAL = "events";

    private final Database db;
    private final ObjectMapper json;
    private final Times times;
    private final List<Projection> projections;
    private final boolean shared;
    /** Delivers on a shared database: reads the log, which the writer thread may not. */
    private final java.util.concurrent.ExecutorService follower;

    private volatile Consumer<PublishedEvent> sink = e -> {};
    /** The seq of the last event handed to the sink; written under {@code this}. */
    private volatile long lastCommittedSeq;

    public EventStore(Database db, ObjectMapper json, Times times, List<Projection> projections) {
        this.db = db;
        this.json = json;
        this.times = times;
        this.projections = List.copyOf(projections);
        this.lastCommittedSeq = db.readOne(tx -> tx.events().lastSeq());
        this.shared = db.signals().shared();
        if (shared) {
            this.follower = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "event-follower");
                t.setDaemon(true);
                return t;
            });
            db.signals().on(SIGNAL, payload -> follow());
            db.signals().onResync(this::follow);
        } else {
            this.follower = null;
        }
    }

    /** Where committed events go (the WebSocket hub); called in seq order. */
    public void publishTo(Consumer<PublishedEvent> sink) {
        this.sink = sink;
    }

    /** The seq of the newest committed event this server's stream has handed on. */
    public long lastSeq() {
        return lastCommittedSeq;
    }

    /**
     * The seq of the newest committed event: on a shared database, read from the log (another
     * server may have committed one this server has not heard of yet); else {@link #lastSeq()}.
     */
    public long committedSeq() {
        return shared ? db.readOne(tx -> tx.events().lastSeq()) : lastCommittedSeq;
    }

    /**
     * Appends {@code data} as the next event of the change {@code tx}: it is committed with the
     * change (or not at all), feeds the read models in the same transaction, and reaches the live
     * stream after the commit.
     */
    public Event append(WriteTx tx, Actor actor, Long receiptId, Long jobId, EventData data) {
        EventDao dao = tx.events();
        long seq = tx.nextEventSeq(dao::lastSeq);
        Instant now = times.now();
        Event event = new Event(seq, data.type(), now, actor.username(), receiptId, jobId, data);
        dao.insert(seq, data.type(), now, actor.username(), receiptId, jobId, write(data));
        for (Projection p : projections) {
            p.apply(tx, event);
        }
        PublishedEvent published = published(event);
        if (shared) {
            tx.signal(SIGNAL, Long.toString(seq));
            tx.afterCommit(() -> follower.execute(() -> deliver(published)));
        } else {
            tx.afterCommit(() -> {
                lastCommittedSeq = seq;
                sink.accept(published);
            });
        }
        return event;
    }

    /** Hands on {@code e} (committed), after any earlier event not handed on yet (read from the log). */
    private synchronized void deliver(PublishedEvent e) {
        if (e.seq() == lastCommittedSeq + 1) {
            lastCommittedSeq = e.seq();
            sink.accept(e);
        } else if (e.seq() > lastCommittedSeq) {
            catchUp();
        }
    }

    /** Asks the follower to hand on whatever the log holds that this server has not. */
    private void follow() {
        try {
            follower.execute(this::catchUp);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the server is stopping
        }
    }

    private synchronized void catchUp() {
        List<PublishedEvent> page;
        do {
            page = publishedSince(lastCommittedSeq, CATCH_UP_PAGE);
            for (PublishedEvent p : page) {
                lastCommittedSeq = p.seq();
                sink.accept(p);
            }
        } while (page.size() == CATCH_UP_PAGE);
    }

    @Override
    public void close() {
        if (follower != null) {
            follower.shutdownNow();
        }
    }

    /** Events after {@code since}, oldest first. */
    public List<Event> since(long since, int limit) {
        return db.readOne(tx -> tx.events().since(since, limit)).stream()
                .map(this::toEvent)
                .toList();
    }

    /** Committed events after {@code since}, already serialised, for stream catch-up. */
    public List<PublishedEvent> publishedSince(long since, int limit) {
        return since(since, limit).stream().map(this::published).toList();
    }

    /** The event encoded for each audience; once only when it carries no customer contact details. */
    private PublishedEvent published(Event e) {
        return new PublishedEvent(
                e.seq(),
                () -> write(e),
                e.carriesCustomerContact() ? () -> write(e.withoutCustomerContact()) : null,
                () -> write(stub(e)),
                contractorOf(e.data()));
    }

    /** An event as a contractor sees one not about its own orders: its seq, type and time only. */
    public static Event stub(Event e) {
        return new Event(e.seq(), e.type(), e.occurredAt(), null, null, null, null);
    }

    /** The supplier whose contractors see this event in full: a sublet order's; else null. */
    public static Long contractorOf(org.shopsuite.model.event.EventData data) {
        if (data instanceof org.shopsuite.model.event.SubletOrdered s) {
            return s.supplierId();
        } else if (data instanceof org.shopsuite.model.event.SubletScheduled s) {
            return s.supplierId();
        } else if (data instanceof org.shopsuite.model.event.SubletCompleted s) {
            return s.supplierId();
        } else if (data instanceof org.shopsuite.model.event.SubletCancelled s) {
            return s.supplierId();
        }
        return null;
    }

    /** An event as {@code actor} may read it: blanked for a mechanic, a stub for a contractor. */
    public static Event as(org.shopsuite.server.service.Actor actor, Event e) {
        Long supplier = actor.contractorOf();
        if (supplier != null) {
            return supplier.equals(contractorOf(e.data())) ? e.withoutCustomerContact() : stub(e);
        }
        return actor.seesCustomerContact() ? e : e.withoutCustomerContact();
    }

    /** A receipt's timeline: every event that names it, oldest first. */
    public List<Event> ofReceipt(long receiptId) {
        return db.readOne(tx -> tx.events().ofReceipt(receiptId)).stream()
                .map(this::toEvent)
                .toList();
    }

    /** An event as stored, its data read into the record of its type. */
    public Event toEvent(EventDao.Row r) {
        try {
            return new Event(
                    r.seq(),
                    r.type(),
                    r.occurredAt(),
                    r.actor(),
                    r.receiptId(),
                    r.jobId(),
                    EventJson.readData(json, r.type(), r.data()));
        } catch (IOException e) {
            throw new UncheckedIOException("event " + r.seq() + " (" + r.type() + ") cannot be read", e);
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
