package org.shopsuite.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Json;

/** A plain HTTP client of the API, as any outside client would use it. */
public final class Api {
    public static final ObjectMapper JSON = Json.newMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private String token;

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String token() {
        return token;
    }

    /** The same server, another user. */
    public Api as(String username, String password) {
        Api other = new Api(base);
        other.login(username, password);
        return other;
    }

    public Api anonymous() {
        return new Api(base);
    }

    public Api withToken(String t) {
        Api other = new Api(base);
        other.token = t;
        return other;
    }

    public Res login(String username, String password) {
        Res r = post("/auth/login", obj("username", username, "password", password));
        if (r.status() == 200) {
            token = r.json().path("token").asText();
        }
        return r;
    }

    public Res get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Res post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Res post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Res patch(String path, Object body, Map<String, String> headers) {
        return send("PATCH", path, body, headers);
    }

    public Res put(String path, Object body, Map<String, String> headers) {
        return send("PUT", path, body, headers);
    }

    public Res send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                    b.header("Content-Type", "application/json");
                }
                b.method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The seq of the newest event (pages through GET /events). */
    public long lastSeq() {
        long seq = 0;
        String cursor = null;
        do {
            JsonNode page = get("/events?limit=500" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            for (JsonNode e : page.path("items")) {
                seq = e.path("seq").asLong();
            }
            cursor = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asText();
        } while (cursor != null);
        return seq;
    }

    /** A JSON object from alternating keys and values. */
    public static ObjectNode obj(Object... kv) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        }
        return n;
    }

    /** A response: status, body text, headers. */
    public record Res(int status, String body, Map<String, List<String>> headers) {
        public JsonNode json() {
            try {
                return body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        public long id() {
            return json().path("id").asLong();
        }

        /** The fields named by a problem response. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
