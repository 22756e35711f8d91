package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.server.service.ApiException;

/** Query, path and header parameters, each failing as a 400 that names it. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private Params() {}

    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.invalid(name, ErrorCode.INVALID_TYPE, "must be a positive whole number, not '" + raw + "'");
    }

    static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.invalid(
                "limit",
                ErrorCode.OUT_OF_RANGE,
                "must be a whole number from 1 to " + MAX_LIMIT,
                java.util.Map.of("min", 1, "max", MAX_LIMIT));
    }

    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static Long longValue(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, ErrorCode.INVALID_TYPE, "must be a whole number");
        }
    }

    static Boolean bool(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.invalid(name, ErrorCode.INVALID_TYPE, "must be true or false");
        };
    }

    static LocalDate date(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, ErrorCode.INVALID_DATE, "must be a date like 2026-11-21");
        }
    }

    static java.math.BigDecimal decimal(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, ErrorCode.INVALID_TYPE, "must be a number like 1.5");
        }
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(
                    name,
                    ErrorCode.NOT_ALLOWED_VALUE,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /** The version an update is based on, from {@code If-Match: "<version>"}. */
    static long ifMatch(Context ctx) {
        String raw = ctx.header("If-Match");
        if (raw == null || raw.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String v = raw.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("If-Match", ErrorCode.PATTERN, "must be the resource's ETag, e.g. \"3\"");
        }
    }

    /** The bearer token from the Authorization header (or, for WebSocket, access_token). */
    static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.strip();
        if (a.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return a.substring(7).strip();
        }
        return null;
    }
}
