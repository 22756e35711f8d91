package org.shopsuite.server.http;

import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.event.PublishedEvent;
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
 * s, has fallen behind: it is closed (1013) and resumes with {@code since}. What to send and
 * when to close is decided per client by a {@link Subscription}; this class only does the IO.
 *
 * <p>Every live event written to a client counts in the push histogram: the time from its commit
 * (when the writer handed it over) until its frame was written to that client's connection.
 */
public final class EventStreamHub implements Consumer<PublishedEvent>, AutoCloseable {
    /** WebSocket close code for a client that fell behind (RFC 6455 "try again later"). */
    public static final int FELL_BEHIND = Subscription.FELL_BEHIND;

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
                if (subscribers.isEmpty()) {
                    // Nobody to encode for: a client that connects later reads these events back
                    // from the database in its catch-up (they were committed before it was taken).
                    taken.clear();
                    continue;
                }
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

    void open(WsContext ctx, long since, long userId, String tokenHash, boolean seesCustomerContact, Long contractor) {
        Subscriber s =
                new Subscriber(ctx.sessionId(), ctx.session, since, userId, tokenHash, seesCustomerContact, contractor);
        subscribers.put(ctx.sessionId(), s);
        pumps.execute(s::catchUp);
    }

    void closed(WsContext ctx) {
        Subscriber s = subscribers.remove(ctx.sessionId());
        if (s != null) {
            s.state.onGone();
        }
    }

    /** Closes the streams of an ended session, or of every session of a user. */
    public void revoked(org.shopsuite.server.service.user.AuthService.Revoked r) {
        for (Subscriber s : subscribers.values()) {
            if (r.ends(s.tokenHash, s.userId)) {
                s.act(s.state.onSessionEnded());
            }
        }
    }

    /** Closes streams whose session has expired since they connected. */
    public void revalidate(java.util.function.Predicate<String> alive) {
        for (Subscriber s : subscribers.values()) {
            if (!alive.test(s.tokenHash)) {
                s.act(s.state.onSessionExpired());
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
            s.act(s.state.onStalled(s.stalledFor(now)));
        }
    }

    @Override
    public void close() {
        shutDown = true;
        fanOut.interrupt();
        for (Subscriber s : subscribers.values()) {
            s.act(s.state.onShutdown());
        }
        pumps.shutdownNow();
        reaper.shutdownNow();
    }

    /** A live event and when it was committed ({@link System#nanoTime()}). */
    private record Committed(PublishedEvent event, long nanos) {}

    /**
     * An event ready to go out: its text encoded once per audience (once in all when it carries no
     * customer contact details), shared (read-only) by every client; with its commit time if it is
     * live, 0 if read back from the database.
     */
    private record Outgoing(
            long seq, ByteBuffer utf8, ByteBuffer utf8WithoutContact, PublishedEvent event, long committedNanos)
            implements Subscription.Sequenced {
        static Outgoing of(PublishedEvent e, long committedNanos) {
            ByteBuffer all = ByteBuffer.wrap(e.json().getBytes(StandardCharsets.UTF_8));
            ByteBuffer blanked = e.jsonWithoutContact() == null
                    ? all
                    : ByteBuffer.wrap(e.jsonWithoutContact().getBytes(StandardCharsets.UTF_8));
            return new Outgoing(e.seq(), all, blanked, e, committedNanos);
        }

        static Outgoing stored(PublishedEvent e) {
            return of(e, 0);
        }

        Frame frame(boolean seesCustomerContact, Long contractor) {
            ByteBuffer text;
            if (contractor == null) {
                text = seesCustomerContact ? utf8 : utf8WithoutContact;
            } else if (contractor.equals(event.contractor())) {
                text = utf8WithoutContact; // one of the contractor's own orders
            } else {
                text = ByteBuffer.wrap(event.stubUtf8()); // made once per event, shared
            }
            return new Frame(OpCode.TEXT, true, text.asReadOnlyBuffer());
        }
    }

    private final class Subscriber {
        private final String id;
        private final Session session;
        private final CoreSession core;
        private final long userId;
        private final String tokenHash;
        /** A mechanic's stream gets events with customers' contact details blanked. */
        private final boolean seesCustomerContact;
        /** A contractor's supplier: its stream carries only that supplier's orders in full. */
        private final Long contractor;
        /** Decides what to send and when to close; round and page inputs under this. */
        private final Subscription<Outgoing> state;

        private final AtomicInteger unwritten = new AtomicInteger();
        /** When the connection last made progress while events were waiting to be written. */
        private volatile long progressAt = System.nanoTime();

        Subscriber(
                String id,
                Session session,
                long since,
                long userId,
                String tokenHash,
                boolean seesCustomerContact,
                Long contractor) {
            this.id = id;
            this.session = session;
            this.core = ((WebSocketSession) session).getCoreSession();
            this.userId = userId;
            this.tokenHash = tokenHash;
            this.seesCustomerContact = seesCustomerContact;
            this.contractor = contractor;
            this.state = new Subscription<>(since, queueCapacity, TimeUnit.SECONDS.toNanos(SEND_TIMEOUT_SECONDS));
        }

        /** A round of live events, from the fan-out thread. */
        synchronized void deliver(List<Outgoing> round) {
            Subscription.Action next = state.onRound(round);
            if (next == Subscription.Action.SEND) {
                var unused = write(state.batch()); // a failed write is handled by its callback (gone)
                act(state.onBacklog(unwritten.get()));
            } else if (next == Subscription.Action.READ) {
                pumps.execute(this::catchUp);
            }
        }

        /**
         * Writes the events in order as one batch; returns when they will be written, not when
         * they are. Caller holds this.
         */
        private CompletableFuture<Void> write(List<Outgoing> todo) {
            CompletableFuture<Void> written = new CompletableFuture<>();
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
                core.sendFrame(todo.get(i).frame(seesCustomerContact, contractor), more ? Callback.NOOP : last, more);
            }
            return written;
        }

        /** On a pump thread: sends what the database holds after the last seq sent, then goes live. */
        void catchUp() {
            try {
                while (!state.closed()) {
                    List<Outgoing> page = store.publishedSince(state.lastSent(), CATCH_UP_PAGE).stream()
                            .map(Outgoing::stored)
                            .toList();
                    Subscription.Action next;
                    CompletableFuture<Void> written = null;
                    synchronized (this) {
                        next = state.onPage(page);
                        if (next == Subscription.Action.SEND || next == Subscription.Action.GO_LIVE) {
                            written = write(state.batch());
                        }
                    }
                    if (next == Subscription.Action.GO_LIVE) {
                        return;
                    }
                    if (written != null) {
                        written.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    }
                }
            } catch (java.util.concurrent.TimeoutException e) {
                act(state.onPageTimeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.debug("event stream {} failed to catch up", id, e);
                act(state.onFailed());
            }
        }

        long stalledFor(long now) {
            return unwritten.get() > 0 ? now - progressAt : 0;
        }

        private void gone(Throwable failure) {
            log.debug("event stream {} write failed", id, failure);
            state.onGone();
            subscribers.remove(id);
        }

        /** Closes the connection if the subscription decided so. */
        void act(Subscription.Action action) {
            if (action != Subscription.Action.CLOSE) {
                return;
            }
            subscribers.remove(id);
            if (session.isOpen()) {
                session.close(state.closeCode(), state.closeReason(), org.eclipse.jetty.websocket.api.Callback.NOOP);
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
