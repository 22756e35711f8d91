package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * A CSV export (RFC 4180): UTF-8 with a byte order mark, so that spreadsheet programs show Hangul;
 * CRLF line ends; a field quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with a quote mark.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder("\uFEFF");

    Csv(String... header) {
        row((Object[]) header);
    }

    void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Whether {@code ?format=} asks for CSV (JSON when absent); anything but json or csv is 400. */
    static boolean wanted(Context ctx) {
        return "csv".equals(format(ctx, "json", "csv"));
    }

    /** {@code ?format=}: json when absent, else one of {@code allowed} (400 otherwise). */
    static String format(Context ctx, String... allowed) {
        String format = Params.text(ctx, "format");
        if (format == null) {
            return "json";
        }
        if (!java.util.Arrays.asList(allowed).contains(format)) {
            throw org.shopsuite.server.service.ApiException.invalid(
                    "format",
                    org.shopsuite.model.ErrorCode.NOT_ALLOWED_VALUE,
                    "must be " + String.join(" or ", allowed));
        }
        return format;
    }

    /** A CSV whose columns are a record's components, in order and named as they are. */
    static Csv ofRecord(Class<? extends Record> type) {
        return new Csv(java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toArray(String[]::new));
    }

    /** A row of a record's component values (see {@link #ofRecord}). */
    void record(Record r) {
        var components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        row(values);
    }

    void send(Context ctx, String filename) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
