package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Changes;
import org.shopsuite.server.service.idempotency.IdempotencyService;
import org.shopsuite.server.service.idempotency.RequestHash;

/** Writes results: ETag for versioned resources, and Idempotency-Key handling for POSTs. */
final class Respond {
    private final Changes changes;

    Respond(Changes changes) {
        this.changes = changes;
    }

    static Actor actor(Context ctx) {
        return ctx.attribute(Authn.ACTOR);
    }

    /** The location a read or a location's setting is about: {@code ?locationId=}, or the session's. */
    static long location(Context ctx) {
        Long asked = Params.longValue(ctx, "locationId");
        return asked != null ? asked : actor(ctx).locationId();
    }

    /** A read: 200 with the body, and its version as ETag when it has one. */
    static void ok(Context ctx, Object body) {
        etag(ctx, body);
        json(ctx, body);
    }

    /**
     * The body as JSON, encoded as UTF-8 straight into the response stream: {@code ctx.json} makes
     * a String first and then encodes it (a tenth of a read's time in the profile, with Korean text
     * in most bodies), and {@code writeValueAsBytes} grows a byte array a segment at a time and
     * copies it once more (a quarter of a 50-receipt search's CPU). Neither closes nor flushes the
     * stream: the container still answers with a Content-Length when the body fits its buffer.
     */
    static void json(Context ctx, Object body) {
        if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
            ctx.json(body);
            return;
        }
        ctx.contentType(ContentType.APPLICATION_JSON);
        ObjectMapper mapper = jackson.getMapper();
        try (JsonGenerator out = mapper.createGenerator(ctx.outputStream(), JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
            mapper.writeValue(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON already written (a cached page): sent as it is, straight to the response stream. (A
     * {@code ctx.result(bytes)} is copied to the stream after the handler through a fresh 32 KB
     * buffer: a third of everything the server allocated under load, for bodies of a few KB.)
     */
    static void json(Context ctx, byte[] body) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An update (PUT): commits the change, then 200 with the thing as it now stands and its ETag. */
    void put(Context ctx, Change<?> change) {
        ok(ctx, changes.commit(change));
    }

    /** A POST: runs once per Idempotency-Key; a repeat gets the first response back. */
    void post(Context ctx, int status, Change<?> change) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            Object result = changes.commit(change);
            etag(ctx, result);
            json(ctx.status(status), result);
            return;
        }
        IdempotencyService.Stored stored =
                changes.commitOnce(actor(ctx), key.strip(), requestHash(ctx), status, change);
        Long version = VersionOf.ofJson(stored.body());
        if (version != null) {
            ctx.header("ETag", "\"" + version + "\"");
        }
        json(ctx.status(stored.status()), stored.body().getBytes(StandardCharsets.UTF_8));
    }

    /** A POST whose action runs outside a transaction (a backup): once per Idempotency-Key too. */
    void postOutside(Context ctx, int status, java.util.function.Supplier<?> action) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            Object result = action.get();
            etag(ctx, result);
            json(ctx.status(status), result);
            return;
        }
        IdempotencyService.Stored stored = changes.once(actor(ctx), key.strip(), requestHash(ctx), status, action);
        json(ctx.status(stored.status()), stored.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void etag(Context ctx, Object body) {
        Long version = VersionOf.of(body);
        if (version != null) {
            ctx.header("ETag", "\"" + version + "\"");
        }
    }

    /** What makes a repeat of a key the same request: method, path and the body's JSON value. */
    private static RequestHash requestHash(Context ctx) {
        return RequestHash.of(ctx.method().name(), ctx.path(), ctx.bodyAsBytes());
    }
}
