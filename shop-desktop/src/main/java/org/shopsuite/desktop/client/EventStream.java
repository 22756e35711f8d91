package org.shopsuite.desktop.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shopsuite.model.Event;
import org.shopsuite.model.Json;

/**
 * The live event stream. Keeps the last seq it saw; when the connection drops it reconnects by
 * itself with back-off (0.5 s doubling to 10 s) and resumes with {@code since}, so nothing is
 * missed and nothing is seen twice. Given several servers sharing one database, a connection that
 * fails moves it to the next one ({@link ShopClient#unreachable}), where it resumes the same way:
 * the log is the database's, so what it missed while its server died is replayed. Callbacks run on
 * the stream's own thread.
 */
public final class EventStream implements AutoCloseable {
    /** What the connection indicator shows. */
    public enum State {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        OFFLINE,
        /** The server ended this session (logout elsewhere, deactivated, expired): log in again. */
        ENDED,
        /**
         * Connected, but an event could not be read (a newer server's event type, or a broken
         * message): it was logged, and screens fed by events may be behind until they reload.
         */
        OUT_OF_SYNC
    }

    private static final System.Logger log = System.getLogger(EventStream.class.getName());

    private static final long MIN_BACKOFF_MS = 500;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final ObjectMapper json = Json.newClientMapper();
    private final HttpClient http;
    private final Supplier<URI> base;
    private final Consumer<URI> unreachable;
    private final Supplier<String> token;
    private final Consumer<Event> onEvent;
    private final Consumer<State> onState;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-stream");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastSeq;
    private volatile long backoff = MIN_BACKOFF_MS;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile int failures;
    private final AtomicLong unreadable = new AtomicLong();

    public EventStream(URI base, Supplier<String> token, long since, Consumer<Event> onEvent, Consumer<State> onState) {
        this(HttpClient.newHttpClient(), base, token, since, onEvent, onState);
    }

    /** With the API client's HTTP client, so the stream trusts the same certificates. */
    public EventStream(
            HttpClient http,
            URI base,
            Supplier<String> token,
            long since,
            Consumer<Event> onEvent,
            Consumer<State> onState) {
        this(http, () -> base, failed -> {}, token, since, onEvent, onState);
    }

    /**
     * Connects to {@code base}'s server as it is at each connection, and reports one it could not
     * reach to {@code unreachable} (the API client's, which moves to the next server).
     */
    public EventStream(
            HttpClient http,
            Supplier<URI> base,
            Consumer<URI> unreachable,
            Supplier<String> token,
            long since,
            Consumer<Event> onEvent,
            Consumer<State> onState) {
        this.http = http;
        this.base = base;
        this.unreachable = unreachable;
        this.token = token;
        this.lastSeq = since;
        this.onEvent = onEvent;
        this.onState = onState;
    }

    public void start() {
        onState.accept(State.CONNECTING);
        timer.execute(this::connect);
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** How many events could not be read since the stream started. */
    public long unreadable() {
        return unreadable.get();
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI server = base.get();
        URI uri = URI.create(server.toString().replaceFirst("^http", "ws") + "/events/stream?since=" + lastSeq);
        // Failures are handled in whenComplete: nothing else to read from the future.
        var unused = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token.get())
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        if (refused(error)) {
                            ended();
                            return;
                        }
                        unreachable.accept(server);
                        retry();
                    }
                    // Success is announced in Listener.onOpen, which runs before the first event
                    // is delivered; this callback may run after events have already arrived.
                });
    }

    /** The upgrade was answered 401: the token is no good any more. */
    private static boolean refused(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof java.net.http.WebSocketHandshakeException h
                    && h.getResponse().statusCode() == 401) {
                return true;
            }
        }
        return false;
    }

    private void ended() {
        closed = true;
        onState.accept(State.ENDED);
        timer.shutdown();
    }

    private synchronized void retry() {
        if (closed) {
            return;
        }
        failures++;
        onState.accept(failures > 3 ? State.OFFLINE : State.RECONNECTING);
        long wait = backoff;
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        var unused = timer.schedule(this::connect, wait, TimeUnit.MILLISECONDS); // connect handles its failures
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        timer.shutdownNow();
    }

    /**
     * An event this app cannot read is never dropped silently: it is logged with its seq, the
     * stream moves past it (a reconnect would only bring it again), and the state says the screens
     * may be behind.
     */
    private void unreadableEvent(String text, Exception why) {
        long seq = -1;
        try {
            seq = json.readTree(text).path("seq").asLong(-1);
        } catch (IOException | RuntimeException ignored) {
            // not even JSON: the seq stays unknown
        }
        unreadable.incrementAndGet();
        log.log(
                System.Logger.Level.WARNING,
                "event " + (seq < 0 ? "(no seq)" : seq) + " from the server could not be read: " + why.getMessage());
        if (seq > lastSeq) {
            lastSeq = seq;
        }
        onState.accept(State.OUT_OF_SYNC);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            if (closed) {
                ws.abort();
                return;
            }
            socket = ws;
            backoff = MIN_BACKOFF_MS;
            failures = 0;
            onState.accept(unreadable.get() > 0 ? State.OUT_OF_SYNC : State.CONNECTED);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Event e;
                try {
                    e = json.readValue(text, Event.class);
                } catch (IOException | RuntimeException ex) {
                    unreadableEvent(text, ex);
                    e = null;
                }
                if (e != null && e.seq() > lastSeq) {
                    lastSeq = e.seq();
                    onEvent.accept(e);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            socket = null;
            if (code == 1008) {
                ended();
            } else {
                retry();
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            socket = null;
            retry();
        }
    }
}
