package org.shopsuite.server.http;

import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.shopsuite.server.ops.Metrics;
import org.shopsuite.server.service.EventStore;
import org.shopsuite.server.service.PublishedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes committed events to WebSocket clients, in seq order, one JSON event per message.
 *
 * <p>The writer thread only hands each committed event to one fan-out thread. That thread takes
 * whatever has been committed since it last ran, encodes each event once, and writes the lot to
 * every live client without waiting: one gathered socket write per client per round, however
 * many events the round holds (the frames are batched in Jetty's flusher and flushed with the
 * last one). Nothing blocks on a client.
 *
 * <p>A client first catches up from the database (seq > since) on a pump thread, which waits for
 * each page to be written before reading the next; live events that arrive meanwhile are held
 * (or, if too many, dropped and read from the database again). A live client with more than the
 * queue capacity of events unwritten, or that has taken none for {@value #SEND_TIMEOUT_SECONDS}
 * s, has fallen behind: it is closed (1013) and resumes with {@code since}.
 *
 * <p>Every live event written to a client counts in the push histogram: the time from its commit
 * (when the writer handed it over) until its frame was written to that client's connection.
 */
public final class EventStreamHub implements Consumer<PublishedEvent>, AutoCloseable {
    /** WebSocket close code for a client that fell behind (RFC 6455 "try again later"). */
    public static final int FELL_BEHIND = 1013;

    private static final Logger log = LoggerFactory.getLogger(EventStreamHub.class);
    private static final int CATCH_UP_PAGE = 500;
    private static final int ROUND_MAX = 1024;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final EventStore store;
    private final int queueCapacity;
    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final BlockingQueue<Committed> committed = new LinkedBlockingQueue<>();
    private final Metrics.Histogram pushed;
    private final Thread fanOut;
    private volatile boolean shutDown;
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "event-catch-up-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-stream-reaper");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param pushed observes, for every live event written to every client, the time from its
     *     commit to its frame written to the client's connection
     */
    public EventStreamHub(EventStore store, int queueCapacity, Metrics.Histogram pushed) {
        this.store = store;
        this.queueCapacity = queueCapacity;
        this.pushed = pushed;
        this.fanOut = new Thread(this::fanOutLoop, "event-fan-out");
        fanOut.setDaemon(true);
        fanOut.start();
        var unused = reaper.scheduleWithFixedDelay(this::dropStalled, 1, 1, TimeUnit.SECONDS);
    }

    /** Called after each commit, in seq order, on the writer thread: only queues the event. */
    @Override
    public void accept(PublishedEvent event) {
        committed.add(new Committed(event, System.nanoTime()));
    }

    private void fanOutLoop() {
        List<Committed> taken = new ArrayList<>();
        while (!shutDown) {
            try {
                taken.add(committed.take());
                committed.drainTo(taken, ROUND_MAX - 1);
                List<Outgoing> round = new ArrayList<>(taken.size());
                for (Committed c : taken) {
                    round.add(Outgoing.of(c.event(), c.nanos()));
                }
                taken.clear();
                for (Subscriber s : subscribers.values()) {
                    s.deliver(round);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("event fan-out failed", e);
            }
        }
    }

    void open(WsContext ctx, long since, long userId, String tokenHash) {
        Subscriber s = new Subscriber(ctx.sessionId(), ctx.session, since, userId, tokenHash);
        subscribers.put(ctx.sessionId(), s);
        pumps.execute(s::catchUp);
    }

    void closed(WsContext ctx) {
        Subscriber s = subscribers.remove(ctx.sessionId());
        if (s != null) {
            s.closed = true;
        }
    }

    /** Closes the streams of an ended session, or of every session of a user. */
    public void revoked(org.shopsuite.server.service.AuthService.Revoked r) {
        for (Subscriber s : subscribers.values()) {
            if ((r.userId() != null && s.userId == r.userId()) || s.tokenHash.equals(r.tokenHash())) {
                s.close(1008, "the session has ended; log in again");
            }
        }
    }

    /** Closes streams whose session has expired since they connected. */
    public void revalidate(java.util.function.Predicate<String> alive) {
        for (Subscriber s : subscribers.values()) {
            if (!alive.test(s.tokenHash)) {
                s.close(1008, "the session has expired; log in again");
            }
        }
    }

    /** How many clients are connected to the stream. */
    public int connected() {
        return subscribers.size();
    }

    private void dropStalled() {
        long now = System.nanoTime();
        for (Subscriber s : subscribers.values()) {
            if (s.stalledFor(now) > TimeUnit.SECONDS.toNanos(SEND_TIMEOUT_SECONDS)) {
                s.close(FELL_BEHIND, "too slow to read; reconnect with since=" + s.lastSent);
            }
        }
    }

    @Override
    public void close() {
        shutDown = true;
        fanOut.interrupt();
        for (Subscriber s : subscribers.values()) {
            s.close(1001, "server shutting down; reconnect with since=" + s.lastSent);
        }
        pumps.shutdownNow();
        reaper.shutdownNow();
    }

    /** A live event and when it was committed ({@link System#nanoTime()}). */
    private record Committed(PublishedEvent event, long nanos) {}

    /**
     * An event ready to go out: its text encoded once, shared (read-only) by every client; with
     * its commit time if it is live, 0 if read back from the database.
     */
    private record Outgoing(long seq, ByteBuffer utf8, long committedNanos) {
        static Outgoing of(PublishedEvent e, long committedNanos) {
            return new Outgoing(e.seq(), ByteBuffer.wrap(e.json().getBytes(StandardCharsets.UTF_8)), committedNanos);
        }

        static Outgoing stored(PublishedEvent e) {
            return of(e, 0);
        }

        Frame frame() {
            return new Frame(OpCode.TEXT, true, utf8.asReadOnlyBuffer());
        }
    }

    private final class Subscriber {
        private final String id;
        private final Session session;
        private final CoreSession core;
        private final long userId;
        private final String tokenHash;
        /** Live events that arrived while catching up; guarded by this. */
        private final ArrayDeque<Outgoing> held = new ArrayDeque<>();
        /** Guarded by this. */
        private boolean catchingUp = true;
        /** Some live events were dropped while catching up; guarded by this. */
        private boolean overflowed;

        private volatile boolean closed;
        /** The seq of the last event handed to the connection. */
        private volatile long lastSent;

        private final AtomicInteger unwritten = new AtomicInteger();
        /** When the connection last made progress while events were waiting to be written. */
        private volatile long progressAt = System.nanoTime();

        Subscriber(String id, Session session, long since, long userId, String tokenHash) {
            this.id = id;
            this.session = session;
            this.core = ((WebSocketSession) session).getCoreSession();
            this.userId = userId;
            this.tokenHash = tokenHash;
            this.lastSent = since;
        }

        /** A round of live events, from the fan-out thread. */
        synchronized void deliver(List<Outgoing> round) {
            if (closed) {
                return;
            }
            if (catchingUp) {
                for (Outgoing e : round) {
                    if (held.size() >= queueCapacity) {
                        // The database has every committed event: catch-up reads these again.
                        held.clear();
                        overflowed = true;
                        return;
                    }
                    held.add(e);
                }
                return;
            }
            for (Outgoing e : round) {
                if (e.seq() > lastSent + 1) {
                    // Cannot happen while rounds arrive in order; if it ever does, the database has them.
                    catchingUp = true;
                    held.addAll(round);
                    pumps.execute(this::catchUp);
                    return;
                }
                if (e.seq() == lastSent + 1) {
                    break;
                }
            }
            var unused = write(round); // a failed write is handled by its callback (gone)
            if (unwritten.get() > queueCapacity) {
                close(FELL_BEHIND, "fell behind; reconnect with since=" + lastSent);
            }
        }

        /**
         * Writes the events after lastSent, in order, as one batch; returns when they will be
         * written, not when they are. Caller holds this.
         */
        private CompletableFuture<Void> write(List<Outgoing> events) {
            CompletableFuture<Void> written = new CompletableFuture<>();
            List<Outgoing> todo = new ArrayList<>(events.size());
            long expected = lastSent;
            for (Outgoing e : events) {
                if (e.seq() == expected + 1) {
                    todo.add(e);
                    expected = e.seq();
                }
            }
            if (todo.isEmpty()) {
                written.complete(null);
                return written;
            }
            int n = todo.size();
            if (unwritten.getAndAdd(n) == 0) {
                progressAt = System.nanoTime();
            }
            Callback last = Callback.from(
                    () -> {
                        long now = System.nanoTime();
                        progressAt = now;
                        unwritten.addAndGet(-n);
                        for (Outgoing e : todo) {
                            if (e.committedNanos() != 0) {
                                pushed.observeNanos(now - e.committedNanos());
                            }
                        }
                        written.complete(null);
                    },
                    failure -> {
                        written.completeExceptionally(failure);
                        gone(failure);
                    });
            for (int i = 0; i < n; i++) {
                boolean more = i < n - 1;
                core.sendFrame(todo.get(i).frame(), more ? Callback.NOOP : last, more);
            }
            lastSent = expected;
            return written;
        }

        /** On a pump thread: sends what the database holds after lastSent, then goes live. */
        void catchUp() {
            try {
                while (!closed) {
                    List<PublishedEvent> page = store.publishedSince(lastSent, CATCH_UP_PAGE);
                    if (page.isEmpty() && goLive()) {
                        return;
                    }
                    CompletableFuture<Void> written;
                    synchronized (this) {
                        written = write(page.stream().map(Outgoing::stored).toList());
                    }
                    written.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                close(FELL_BEHIND, "too slow to read; reconnect with since=" + lastSent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.debug("event stream {} failed to catch up", id, e);
                close(1011, "stream failed; reconnect with since=" + lastSent);
            }
        }

        /** Switches to live if the held events join on without a gap; otherwise keeps catching up. */
        private synchronized boolean goLive() {
            if (overflowed) {
                overflowed = false;
                held.clear();
                return false;
            }
            while (!held.isEmpty() && held.peek().seq() <= lastSent) {
                held.poll();
            }
            if (!held.isEmpty() && held.peek().seq() != lastSent + 1) {
                return false; // committed after the read, not yet here: read again
            }
            catchingUp = false;
            var unused = write(List.copyOf(held)); // a failed write is handled by its callback (gone)
            held.clear();
            return true;
        }

        long stalledFor(long now) {
            return unwritten.get() > 0 ? now - progressAt : 0;
        }

        private void gone(Throwable failure) {
            log.debug("event stream {} write failed", id, failure);
            closed = true;
            subscribers.remove(id);
        }

        void close(int code, String reason) {
            closed = true;
            subscribers.remove(id);
            if (session.isOpen()) {
                session.close(code, reason, org.eclipse.jetty.websocket.api.Callback.NOOP);
                // A client that stopped reading never takes the close frame: cut the connection.
                var unused = reaper.schedule(
                        () -> {
                            if (session.isOpen()) {
                                session.disconnect();
                            }
                        },
                        5,
                        TimeUnit.SECONDS);
            }
        }
    }
}
