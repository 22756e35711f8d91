package org.shopsuite.server.http;

import static org.shopsuite.model.ErrorCode.DUPLICATE_KEY;
import static org.shopsuite.model.ErrorCode.INVALID_DATE;
import static org.shopsuite.model.ErrorCode.INVALID_JSON;
import static org.shopsuite.model.ErrorCode.INVALID_TYPE;
import static org.shopsuite.model.ErrorCode.NOT_ALLOWED_VALUE;
import static org.shopsuite.model.ErrorCode.OUT_OF_RANGE;
import static org.shopsuite.model.ErrorCode.REQUIRED;
import static org.shopsuite.model.ErrorCode.TOO_LONG;
import static org.shopsuite.model.ErrorCode.UNKNOWN_FIELD;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shopsuite.server.service.ApiException;

/**
 * Reads request bodies strictly: malformed JSON, wrong types and unknown fields become a 400 that
 * names the field and its code. Numbers may come as JSON numbers or numeric strings (httpie sends
 * strings); nothing else is converted (see {@code Json.newMapper}). Messages are our own words, never
 * a library's.
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
            throw notAnObject();
        }
        return (ObjectNode) node;
    }

    /** Whether a body holds anything but whitespace. */
    static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private JsonNode tree(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (isBlank(body)) {
            throw ApiException.invalid("body", REQUIRED, "a JSON body is required");
        }
        JsonParser parser;
        try {
            parser = json.createParser(body);
        } catch (IOException e) {
            throw ApiException.invalid("body", INVALID_JSON, "could not be read");
        }
        try (parser) {
            JsonNode node = json.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw ApiException.invalid("body", REQUIRED, "a JSON body is required");
            }
            if (parser.nextToken() != null) {
                throw ApiException.invalid("body", INVALID_JSON, "has more after the JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw parseError(e, parser);
        } catch (IOException e) {
            throw ApiException.invalid("body", INVALID_JSON, "could not be read");
        }
    }

    /** A body that is not well-formed JSON, named after the field being read when it failed. */
    private static ApiException parseError(JsonProcessingException e, JsonParser parser) {
        String field = fieldOf(parser.getParsingContext());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (message.contains("Number value length")) {
                int max = StreamReadConstraints.defaults().getMaxNumberLength();
                return ApiException.invalid(
                        field, TOO_LONG, "is a number of more than " + max + " digits", Map.of("max", max));
            }
            if (message.contains("String value length")) {
                return ApiException.invalid(field, TOO_LONG, "is too long a text");
            }
            return ApiException.invalid(field, INVALID_JSON, "is nested too deeply or too large");
        }
        if (e instanceof JsonParseException && message.startsWith("Duplicate field")) {
            // the parser has already taken the repeated name as the current one
            return ApiException.invalid(field, DUPLICATE_KEY, "is given more than once");
        }
        if (e instanceof InputCoercionException) {
            return ApiException.invalid(field, OUT_OF_RANGE, "is out of range");
        }
        JsonLocation at = e.getLocation();
        if (e instanceof JsonEOFException) {
            return ApiException.invalid("body", INVALID_JSON, "ends before the JSON value is complete");
        }
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (message.contains("Non-standard token") || message.contains("NaN") || message.contains("Infinity")) {
            return ApiException.invalid(field, INVALID_JSON, "is not a JSON number" + where);
        }
        return ApiException.invalid(field, INVALID_JSON, "is not valid JSON" + where);
    }

    private static String fieldOf(JsonStreamContext context) {
        if (context == null) {
            return "body";
        }
        String name = context.inObject() ? context.getCurrentName() : null;
        if (name != null) {
            return qualified(context.getParent(), name);
        }
        if (context.inArray()) {
            String parent = fieldOf(context.getParent());
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        return fieldOf(context.getParent());
    }

    private static String qualified(JsonStreamContext parent, String name) {
        String outer = parent == null || parent.inRoot() ? "body" : fieldOf(parent);
        return outer.equals("body") ? name : outer + "." + name;
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            throw notAnObject();
        }
        try {
            return json.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(path(e), UNKNOWN_FIELD, "is not a known field");
        } catch (InvalidFormatException e) {
            throw wrongType(path(e), e.getTargetType());
        } catch (MismatchedInputException e) {
            throw wrongType(path(e), e.getTargetType());
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                throw ApiException.invalid(path(e), OUT_OF_RANGE, "is out of range");
            }
            throw ApiException.invalid(path(e), INVALID_TYPE, "has the wrong type");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.invalid("body", INVALID_JSON, "is not a valid request body");
        }
    }

    private static ApiException notAnObject() {
        return ApiException.invalid("body", INVALID_TYPE, "must be a JSON object", Map.of("expected", "object"));
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return p.isEmpty() ? "body" : p.startsWith(".") ? p.substring(1) : p;
    }

    private static boolean recordedOnly(Class<?> type, Enum<?> constant) {
        try {
            return type.getField(constant.name()).isAnnotationPresent(org.shopsuite.model.RecordedOnly.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException wrongType(String field, Class<?> type) {
        if (type == null) {
            return ApiException.invalid(field, INVALID_TYPE, "has the wrong type");
        }
        if (type.isEnum()) {
            List<String> allowed = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                if (!recordedOnly(type, (Enum<?>) c)) {
                    allowed.add(c.toString());
                }
            }
            return ApiException.invalid(
                    field,
                    NOT_ALLOWED_VALUE,
                    "must be one of " + String.join(", ", allowed),
                    Map.of("allowed", allowed));
        }
        if (type == LocalDate.class) {
            return ApiException.invalid(field, INVALID_DATE, "must be a date like 2026-11-21");
        }
        String expected = expected(type);
        String message = switch (expected) {
            case "integer" -> "must be a whole number";
            case "number" -> "must be a number";
            case "boolean" -> "must be true or false";
            case "string" -> "must be a string";
            case "array" -> "must be a list";
            default -> "must be a JSON " + expected;
        };
        return ApiException.invalid(field, INVALID_TYPE, message, Map.of("expected", expected));
    }

    /** The JSON type a Java type is read from. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
