package org.shopsuite.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client of {@code /events/stream} that collects what it receives. */
public final class EventClient implements AutoCloseable {
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private EventClient(String base, String token, Long since, boolean queryToken) {
        String ws = base.replaceFirst("^http", "ws") + "/events/stream";
        List<String> params = new ArrayList<>();
        if (since != null) {
            params.add("since=" + since);
        }
        if (queryToken) {
            params.add("access_token=" + token);
        }
        if (!params.isEmpty()) {
            ws += "?" + String.join("&", params);
        }
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
        if (!queryToken && token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        socket = b.connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(ws), new Listener())
                .join();
    }

    public static EventClient connect(Api api, Long since) {
        return new EventClient(api.base(), api.token(), since, false);
    }

    public static EventClient connectWithQueryToken(Api api, Long since) {
        return new EventClient(api.base(), api.token(), since, true);
    }

    public List<JsonNode> events() {
        return events;
    }

    public long lastSeq() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).path("seq").asLong();
    }

    /** Waits until an event with at least this seq has arrived. */
    public void awaitSeq(long seq, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (lastSeq() < seq) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for seq " + seq + "; got up to " + lastSeq());
            }
            Thread.sleep(10);
        }
    }

    public String awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    events.add(Api.JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
