package org.shopsuite.server.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one client of the event stream does next, decided from what happens to it; no IO.
 *
 * <p>A subscription starts {@link State#CATCHING_UP} after the seq the client gave: it sends what
 * the database holds after the last seq sent, page by page, and holds the live events that arrive
 * meanwhile. When a read comes back empty and the held events join on without a gap, it sends
 * them and is {@link State#LIVE}; if they do not join on yet (committed after the read), it reads
 * again. More live events than its capacity while catching up are all dropped ({@link
 * State#OVERFLOWED}): the database has every committed event, so it reads again before it may go
 * live. A live subscription that sees a gap in the seqs goes back to catching up. One that has
 * more than its capacity of events unwritten, or whose events wait too long, is closed: it is
 * never slowed down or buffered without bound, the client reconnects with {@code since}.
 *
 * <p>Whatever arrives, only events continuing from the last one sent are sent: a duplicate or an
 * event out of order is never sent twice or early.
 *
 * <p>Threads: the caller makes the round and page inputs one at a time (under its lock); the
 * closing inputs may come from any thread, and only the first decision to close is acted on.
 */
final class Subscription<E extends Subscription.Sequenced> {
    /** WebSocket close code for a client that fell behind (RFC 6455 "try again later"). */
    static final int FELL_BEHIND = 1013;

    private static final int GOING_AWAY = 1001;
    private static final int POLICY_VIOLATION = 1008;
    private static final int INTERNAL_ERROR = 1011;

    /** An event in the stream, known by its seq. */
    interface Sequenced {
        long seq();
    }

    /** Where a subscription is. */
    enum State {
        /** Sending from the database after the last seq sent; holding live events. */
        CATCHING_UP,
        /** Catching up; live events overflowed the hold and were dropped: must read again. */
        OVERFLOWED,
        /** Sending each live round as it comes. */
        LIVE,
        /** Closed by either side; nothing more is sent. */
        CLOSED
    }

    /** What the caller does next. */
    enum Action {
        /** Nothing. */
        NONE,
        /** Write {@link #batch()} as one batch, in order (then, if catching up, read on). */
        SEND,
        /** Write {@link #batch()} and stop reading the database: the subscription is live. */
        GO_LIVE,
        /** Read the database after {@link #lastSent()}: start catching up, or read again. */
        READ,
        /** Close the connection with {@link #closeCode()} and {@link #closeReason()}. */
        CLOSE
    }

    private final int capacity;
    private final long stallLimitNanos;
    /** Live events that arrived while catching up. */
    private final ArrayDeque<E> held = new ArrayDeque<>();

    private State phase = State.CATCHING_UP;
    private List<E> batch = List.of();
    private volatile long lastSent;
    private volatile boolean closed;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile int closeCode;
    private volatile String closeReason;

    /**
     * @param since the seq the client has seen last
     * @param capacity the most live events held while catching up, and unwritten while live
     * @param stallLimitNanos how long events may wait for the connection to take any
     */
    Subscription(long since, int capacity, long stallLimitNanos) {
        this.lastSent = since;
        this.capacity = capacity;
        this.stallLimitNanos = stallLimitNanos;
    }

    /** A round of live events, in seq order. */
    Action onRound(List<E> round) {
        if (closed || phase == State.OVERFLOWED) {
            return Action.NONE; // overflowed: the next reads fetch these from the database
        }
        if (phase == State.CATCHING_UP) {
            for (E e : round) {
                if (held.size() >= capacity) {
                    held.clear();
                    phase = State.OVERFLOWED;
                    return Action.NONE;
                }
                held.add(e);
            }
            return Action.NONE;
        }
        for (E e : round) {
            if (e.seq() > lastSent + 1) {
                // Cannot happen while rounds arrive in order; if it ever does, the database has them.
                phase = State.CATCHING_UP;
                held.addAll(round);
                return Action.READ;
            }
            if (e.seq() == lastSent + 1) {
                break;
            }
        }
        batch = continuing(round);
        return Action.SEND;
    }

    /** A page read from the database after {@link #lastSent()}, oldest first; empty at the end. */
    Action onPage(List<E> page) {
        if (closed) {
            return Action.NONE;
        }
        if (!page.isEmpty()) {
            batch = continuing(page);
            return Action.SEND;
        }
        if (phase == State.OVERFLOWED) {
            phase = State.CATCHING_UP;
            return Action.READ;
        }
        while (!held.isEmpty() && held.peek().seq() <= lastSent) {
            held.poll();
        }
        if (!held.isEmpty() && held.peek().seq() != lastSent + 1) {
            return Action.READ; // committed after the read, not yet here: read again
        }
        phase = State.LIVE;
        batch = continuing(held);
        held.clear();
        return Action.GO_LIVE;
    }

    /** After a live round was handed to the connection: this many events are not yet written. */
    Action onBacklog(int unwritten) {
        return unwritten > capacity ? close(FELL_BEHIND, "fell behind; reconnect with since=" + lastSent) : Action.NONE;
    }

    /** Events have waited this long for the connection to take any. */
    Action onStalled(long nanos) {
        return nanos > stallLimitNanos ? tooSlow() : Action.NONE;
    }

    /** A page from the database was not written in time. */
    Action onPageTimeout() {
        return tooSlow();
    }

    /** Reading or writing failed while catching up. */
    Action onFailed() {
        return close(INTERNAL_ERROR, "stream failed; reconnect with since=" + lastSent);
    }

    /** The client's session was ended (logout, password reset, deactivation). */
    Action onSessionEnded() {
        return close(POLICY_VIOLATION, "the session has ended; log in again");
    }

    /** The client's session expired since it connected. */
    Action onSessionExpired() {
        return close(POLICY_VIOLATION, "the session has expired; log in again");
    }

    /** The server is shutting down. */
    Action onShutdown() {
        return close(GOING_AWAY, "server shutting down; reconnect with since=" + lastSent);
    }

    /**
     * The client closed the connection, or writing to it failed. Nothing more is sent; a later
     * decision to close is still acted on, in case the connection is open.
     */
    void onGone() {
        closed = true;
    }

    /** The events to write after {@link Action#SEND} or {@link Action#GO_LIVE}. */
    List<E> batch() {
        return batch;
    }

    /** The seq of the last event handed to the connection. */
    long lastSent() {
        return lastSent;
    }

    boolean closed() {
        return closed;
    }

    State state() {
        return closed ? State.CLOSED : phase;
    }

    /** How many live events are held while catching up. */
    int held() {
        return held.size();
    }

    int closeCode() {
        return closeCode;
    }

    String closeReason() {
        return closeReason;
    }

    private Action tooSlow() {
        return close(FELL_BEHIND, "too slow to read; reconnect with since=" + lastSent);
    }

    private Action close(int code, String reason) {
        closed = true;
        if (!closing.compareAndSet(false, true)) {
            return Action.NONE;
        }
        closeCode = code;
        closeReason = reason;
        return Action.CLOSE;
    }

    /** The events that continue from the last one sent, in order; they count as sent. */
    private List<E> continuing(Collection<E> events) {
        List<E> out = new ArrayList<>(events.size());
        long expected = lastSent;
        for (E e : events) {
            if (e.seq() == expected + 1) {
                out.add(e);
                expected = e.seq();
            }
        }
        lastSent = expected;
        return out;
    }
}
