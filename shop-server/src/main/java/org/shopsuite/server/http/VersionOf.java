package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The version of a resource body, which is its ETag. */
final class VersionOf {
    private static final JsonFactory FACTORY = new JsonFactory();

    private VersionOf() {}

    private static final ClassValue<java.lang.reflect.RecordComponent> VERSION = new ClassValue<>() {
        @Override
        protected java.lang.reflect.RecordComponent computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("version") && (c.getType() == long.class || c.getType() == Long.class)) {
                    return c;
                }
            }
            return null;
        }
    };

    /**
     * The {@code version} of a versioned resource (a record with a {@code version} number: receipts,
     * jobs, suppliers, bays, the opening hours...), or null for anything else (lists, reports).
     */
    static Long of(Object body) {
        if (body == null) {
            return null;
        }
        java.lang.reflect.RecordComponent c = VERSION.get(body.getClass());
        if (c == null) {
            return null;
        }
        try {
            Object v = c.getAccessor().invoke(body);
            return v instanceof Number n ? n.longValue() : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read the version of " + body.getClass().getSimpleName(), e);
        }
    }

    /**
     * The version of a resource already written as JSON (the stored first response of an
     * Idempotency-Key): its top-level integer {@code version}, or null when it has none. Every
     * POST that honours keys answers one of the resources above, so this agrees with {@link #of}.
     */
    static Long ofJson(String body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(name)) {
                    return value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
