package org.shopsuite.server.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12) read from the shared-model records by
 * reflection, so the document cannot drift from what Jackson writes: a record component is a
 * property; a Java primitive is never null, every other component may be ({@code type: [x,
 * "null"]}); {@code Instant} is a {@code date-time} string, {@code LocalDate} a {@code date}, {@code
 * BigDecimal} a number; enums list their constants as Jackson writes them; a sealed interface is any of its records.
 *
 * <p>A record answered by the server has every property required (Jackson writes nulls). A record
 * read from a request body is a separate variant ({@code ...Request} unless its name already ends in
 * Input or Request): no property is required unless the route says so, unknown properties are
 * refused, and those listed in {@link JsonIgnoreProperties} are accepted and ignored.
 */
final class RecordSchemas {
    static final String REF = "#/components/schemas/";

    private final ObjectMapper json;
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    RecordSchemas(ObjectMapper json) {
        this.json = json;
    }

    /** Every schema named so far, by name. */
    Map<String, ObjectNode> all() {
        return schemas;
    }

    /** The schema of a response body of this type (a reference for records and enums). */
    ObjectNode response(Type type) {
        return schema(type, false, false);
    }

    /**
     * The schema of a request body of this record, written out rather than named (each route adds
     * what it requires); the records it holds are named.
     */
    ObjectNode requestInline(Class<?> type) {
        return recordSchema(type, Map.of(), true);
    }

    /** {@code {items: [T], nextCursor}}: one page of a list. */
    ObjectNode page(Class<?> item) {
        String name = item.getSimpleName() + "Page";
        if (!schemas.containsKey(name)) {
            schemas.put(name, json.createObjectNode()); // reserved against recursion
            schemas.put(name, recordSchema(org.shopsuite.model.Page.class, Map.of("T", item), false));
            schemas.get(name).put("description", "One page of a list; nextCursor is null on the last page.");
        }
        return ref(name);
    }

    /** {@code {items: [T]}}: a whole list in one answer. */
    ObjectNode items(Class<?> item) {
        ObjectNode s = json.createObjectNode().put("type", "object");
        s.putArray("required").add("items");
        s.putObject("properties").set("items", array(response(item)));
        return s;
    }

    ObjectNode ref(String name) {
        return json.createObjectNode().put("$ref", REF + name);
    }

    private ObjectNode schema(Type type, boolean nullable, boolean request) {
        return schema(type, nullable, request, Map.of());
    }

    private ObjectNode schema(Type type, boolean nullable, boolean request, Map<String, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            return schema(bindings.get(v.getName()), nullable, request, bindings);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                // Lists are written as [] when empty, never null; their elements are never null.
                return array(schema(p.getActualTypeArguments()[0], false, request, bindings));
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode s = json.createObjectNode().put("type", "object");
                s.set("additionalProperties", schema(p.getActualTypeArguments()[1], true, request, bindings));
                return s;
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == Object.class) {
            return json.createObjectNode(); // any JSON value
        }
        if (c == long.class || c == int.class || c == short.class) {
            return scalar("integer", c == long.class ? "int64" : "int32", false);
        }
        if (c == Long.class || c == Integer.class || c == Short.class) {
            return scalar("integer", c == Long.class ? "int64" : "int32", nullable);
        }
        if (c == boolean.class || c == Boolean.class) {
            return scalar("boolean", null, nullable && c == Boolean.class);
        }
        if (c == double.class || c == float.class) {
            return scalar("number", null, false);
        }
        if (c == BigDecimal.class || c == Double.class || c == Float.class) {
            return scalar("number", null, nullable);
        }
        if (c == String.class) {
            return scalar("string", null, nullable);
        }
        if (c == Instant.class) {
            return scalar("string", "date-time", nullable);
        }
        if (c == LocalDate.class) {
            return scalar("string", "date", nullable);
        }
        if (c.isEnum()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                ObjectNode s = json.createObjectNode().put("type", "string");
                ArrayNode values = s.putArray("enum");
                for (Object constant : c.getEnumConstants()) {
                    // As Jackson writes it (an @JsonValue such as ErrorCode's lower case is honoured).
                    values.add(json.valueToTree(constant).asText());
                }
                schemas.put(name, s);
            }
            return orNull(ref(name), nullable);
        }
        if (c.isRecord()) {
            String name = request ? requestName(c) : c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, json.createObjectNode()); // reserved against recursion
                schemas.put(name, recordSchema(c, Map.of(), request));
            }
            return orNull(ref(name), nullable);
        }
        if (c.isSealed() && c.isInterface()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                ObjectNode s = json.createObjectNode();
                ArrayNode any = s.putArray("anyOf");
                for (Class<?> sub : c.getPermittedSubclasses()) {
                    any.add(schema(sub, false, request, bindings));
                }
                schemas.put(name, s);
            }
            return orNull(ref(name), nullable);
        }
        throw new IllegalArgumentException("no schema for " + c.getName() + ": add it to RecordSchemas");
    }

    private ObjectNode recordSchema(Class<?> c, Map<String, Type> bindings, boolean request) {
        ObjectNode s = json.createObjectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = json.createArrayNode();
        Map<String, Type> b = new HashMap<>(bindings);
        for (RecordComponent rc : c.getRecordComponents()) {
            ObjectNode property = schema(rc.getGenericType(), true, request, b);
            if (rc.isAnnotationPresent(org.shopsuite.model.ContactDetail.class)
                    && "array".equals(property.path("type").asText())) {
                // a contact detail is null for a mechanic, a list too
                property.putArray("type").add("array").add("null");
            }
            props.set(rc.getName(), property);
            required.add(rc.getName());
        }
        if (request) {
            JsonIgnoreProperties ignored = c.getAnnotation(JsonIgnoreProperties.class);
            if (ignored != null) {
                for (String name : ignored.value()) {
                    props.putObject(name).put("description", "read-only: accepted and ignored");
                }
            }
            if (ignored == null || !ignored.ignoreUnknown()) {
                s.put("additionalProperties", false);
            }
        } else if (!required.isEmpty()) {
            s.set("required", required);
        }
        return s;
    }

    private static String requestName(Class<?> c) {
        String n = c.getSimpleName();
        return n.endsWith("Input") || n.endsWith("Request") ? n : n + "Request";
    }

    private ObjectNode array(ObjectNode items) {
        ObjectNode s = json.createObjectNode().put("type", "array");
        s.set("items", items);
        return s;
    }

    private ObjectNode scalar(String type, String format, boolean nullable) {
        ObjectNode s = json.createObjectNode();
        if (nullable) {
            s.putArray("type").add(type).add("null");
        } else {
            s.put("type", type);
        }
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }

    private ObjectNode orNull(ObjectNode ref, boolean nullable) {
        if (!nullable) {
            return ref;
        }
        ObjectNode s = json.createObjectNode();
        s.putArray("anyOf").add(ref).add(json.createObjectNode().put("type", "null"));
        return s;
    }
}
