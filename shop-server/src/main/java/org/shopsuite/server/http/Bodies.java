package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.shopsuite.server.service.ApiException;

/**
 * Reads request bodies strictly: malformed JSON, wrong types and unknown fields become a 400 that
 * names the field. Numbers may come as JSON numbers or numeric strings (httpie sends strings).
 */
final class Bodies {
    private final ObjectMapper json;

    Bodies(ObjectMapper json) {
        this.json = json;
    }

    <T> T read(Context ctx, Class<T> type) {
        return convert(tree(ctx), type);
    }

    /** The body, or an empty object when there is none (actions with optional bodies). */
    <T> T readOptional(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (isBlank(body)) {
            return convert(json.createObjectNode(), type);
        }
        return read(ctx, type);
    }

    /**
     * A PATCH: the fields sent replace those of {@code current}; the merged whole is then read as
     * {@code type} and validated like a creation.
     */
    <T> T merge(Context ctx, Object current, Class<T> type) {
        ObjectNode base = json.valueToTree(current);
        base.setAll(object(ctx));
        return convert(base, type);
    }

    ObjectNode object(Context ctx) {
        JsonNode node = tree(ctx);
        if (!node.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private JsonNode tree(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (isBlank(body)) {
            throw ApiException.invalid("body", "a JSON body is required");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.invalid("body", "a JSON body is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.invalid("body", "could not be read");
        }
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        try {
            return json.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(path(e), "is not a known field");
        } catch (InvalidFormatException e) {
            throw ApiException.invalid(path(e), expected(e.getTargetType(), e.getValue()));
        } catch (MismatchedInputException e) {
            throw ApiException.invalid(path(e), expected(e.getTargetType(), null));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                throw ApiException.invalid(path(e), "is out of range");
            }
            throw ApiException.invalid(path(e), "has the wrong type");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "is not valid: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("body", "is not valid: " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return p.isEmpty() ? "body" : p.startsWith(".") ? p.substring(1) : p;
    }

    private static String expected(Class<?> type, Object value) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "must be a date like 2026-11-21";
        }
        return value == null ? "has the wrong type" : "has the wrong type: " + value;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
