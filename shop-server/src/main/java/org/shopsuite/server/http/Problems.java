package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.Problem;
import org.shopsuite.server.service.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into one application/problem+json body (RFC 9457). */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final String WRITTEN = "problem-written";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e));
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), titleOf(e.getStatus()), e.getMessage(), List.of(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            if (org.shopsuite.server.ops.StorageFaults.diskFull(e)) {
                log.error("the disk is full; a write was refused on {} {}", ctx.method(), ctx.path());
                write(
                        ctx,
                        507,
                        "Insufficient storage",
                        "the server's disk is full: nothing was saved; free some space and try again",
                        List.of(),
                        null);
                return;
            }
            if (org.shopsuite.server.ops.StorageFaults.busy(e)) {
                write(
                        ctx,
                        503,
                        "Database busy",
                        "the database is busy (another program holds it); nothing was saved; try again",
                        List.of(),
                        2L);
                return;
            }
            String ref = UUID.randomUUID().toString();
            log.error("unexpected failure, reference {} on {} {}", ref, ctx.method(), ctx.path(), e);
            write(
                    ctx,
                    500,
                    "Internal server error",
                    "the server failed unexpectedly; nothing was changed. Reference " + ref,
                    List.of(),
                    null);
        });
        routes.error(404, ctx -> fallback(ctx, "no such resource: " + ctx.method() + " " + ctx.path()));
        routes.error(405, ctx -> fallback(ctx, ctx.method() + " is not allowed on " + ctx.path()));
    }

    void write(Context ctx, ApiException e) {
        write(ctx, e.status(), e.title(), e.getMessage(), e.errors(), e.retryAfterSeconds());
    }

    private void fallback(Context ctx, String detail) {
        if (ctx.attribute(WRITTEN) == null) {
            int status = ctx.statusCode();
            write(ctx, status, titleOf(status), detail, List.of(), null);
        }
    }

    private void write(Context ctx, int status, String title, String detail, List<FieldError> errors, Long retryAfter) {
        Problem p = new Problem(typeOf(title), title, status, detail, errors);
        ctx.attribute(WRITTEN, true);
        if (retryAfter != null) {
            ctx.header("Retry-After", Long.toString(retryAfter));
        }
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            ctx.status(500).result("{\"status\":500}");
        }
    }

    static String typeOf(String title) {
        return "urn:shop-suite:problem:" + title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 431 -> "Request header fields too large";
            case 507 -> "Insufficient storage";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
    }
}
