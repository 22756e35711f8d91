package org.shopsuite.model;

import java.util.Map;

/**
 * One field at fault in a request: which, a stable machine {@code code}, a message in English and
 * the figures a translated message needs ({@code {"max": 100}}); {@code params} is never null.
 */
public record FieldError(String field, ErrorCode code, String message, Map<String, Object> params) {
    public FieldError {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public FieldError(String field, ErrorCode code, String message) {
        this(field, code, message, Map.of());
    }
}
