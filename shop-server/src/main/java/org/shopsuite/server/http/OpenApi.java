package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shopsuite.model.Problem;

/**
 * Builds the OpenAPI 3.1 document of the API from {@link ApiDoc} (what each route takes and
 * answers), the routes as registered (who may call each: {@code x-roles}) and the shared-model
 * records ({@link RecordSchemas}).
 */
final class OpenApi {
    static final String PROBLEM = "application/problem+json";

    /** Every role that logs in: a route not open to all of them may answer 403. */
    private static final Set<Access> STAFF =
            EnumSet.of(Access.MANAGER, Access.RECEPTIONIST, Access.MECHANIC, Access.CONTRACTOR);

    private static final java.util.regex.Pattern PATH_PARTS = java.util.regex.Pattern.compile("[/{}.]+");
    private static final Map<Integer, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put(
                400,
                "Invalid request: malformed JSON, a wrong type, a missing, unknown or out-of-range field,"
                        + " a bad parameter; errors[] names each field");
        TITLES.put(401, "No token, an unknown or expired token, or a wrong password");
        TITLES.put(403, "The role may not do this (or a mechanic acting on another mechanic's job)");
        TITLES.put(404, "No such resource");
        TITLES.put(409, "The state does not allow it; nothing was written");
        TITLES.put(412, "If-Match names a stale version: reload and try again");
        TITLES.put(413, "The body is over 1 MiB");
        TITLES.put(415, "The body is not application/json");
        TITLES.put(422, "The Idempotency-Key was used before with another body");
        TITLES.put(428, "If-Match is required");
        TITLES.put(429, "Too many requests (or failed logins); Retry-After says when to try again");
        TITLES.put(503, "The database is busy or not ready; nothing was saved; Retry-After may say when to retry");
        TITLES.put(507, "The server's disk is full; nothing was saved");
    }

    private OpenApi() {}

    /**
     * The document. {@code roles} are the registered routes ({@code "GET /path"}) with their roles;
     * a route of {@link ApiDoc} that is not registered is left out (and a test fails).
     */
    static ObjectNode build(ObjectMapper json, String version, Map<String, Set<Access>> roles) {
        RecordSchemas schemas = new RecordSchemas(json);
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Shop Suite API");
        info.put("version", version);
        info.put(
                "description",
                "The repair shop's server. JSON in and out; money in whole minor units; hours as decimals;"
                        + " every error is application/problem+json. See docs/api.md for the walk-through.");
        info.putObject("license").put("name", "Proprietary").put("identifier", "LicenseRef-Proprietary");
        doc.putArray("servers").addObject().put("url", "/");
        doc.putArray("security").addObject().putArray("bearer");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = json.createObjectNode();
        ObjectNode responses = components.putObject("responses");
        schemas.response(Problem.class);

        for (ApiDoc.Op op : ApiDoc.all()) {
            Set<Access> allowed = roles.get(op.key());
            if (allowed == null && op.websocket) {
                allowed = roles.get("WS " + op.path);
            }
            if (allowed == null) {
                continue;
            }
            ObjectNode item = paths.has(op.path) ? (ObjectNode) paths.get(op.path) : paths.putObject(op.path);
            item.set(op.method.toLowerCase(Locale.ROOT), operation(json, schemas, op, allowed, responses));
        }

        ObjectNode schemaNode = components.putObject("schemas");
        schemas.all().forEach(schemaNode::set);
        ObjectNode headers = components.putObject("headers");
        headers.putObject("ETag")
                .put("description", "The resource's version in quotes (\"3\"): send it back as If-Match to update")
                .putObject("schema")
                .put("type", "string");
        headers.putObject("Retry-After")
                .put("description", "Seconds to wait before trying again")
                .putObject("schema")
                .put("type", "integer");
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http").put("scheme", "bearer");
        bearer.put("description", "The token of POST /auth/login, as Authorization: Bearer <token>");
        doc.set("components", components);
        return doc;
    }

    static String text(ObjectMapper json, ObjectNode doc) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode operation(
            ObjectMapper json, RecordSchemas schemas, ApiDoc.Op op, Set<Access> allowed, ObjectNode responses) {
        boolean open = allowed.contains(Access.PUBLIC);
        ObjectNode o = json.createObjectNode();
        o.putArray("tags").add(op.tag);
        o.put("summary", op.summary);
        o.put("operationId", operationId(op));
        List<String> roleNames = new ArrayList<>();
        for (Access a : allowed) {
            roleNames.add(a.name());
        }
        roleNames.sort(null);
        String who = open ? "Public: no login." : "Roles: " + String.join(", ", roleNames) + ".";
        o.put("description", (op.description.isEmpty() ? "" : op.description + "\n\n") + who);
        ArrayNode xRoles = o.putArray("x-roles");
        roleNames.forEach(xRoles::add);
        if (op.websocket) {
            o.put("x-websocket", true);
        }
        if (open) {
            o.putArray("security");
        }

        Set<Integer> errors = new TreeSet<>(op.errors);
        ArrayNode params = json.createArrayNode();
        for (String name : op.pathParams()) {
            ObjectNode p = params.addObject();
            p.put("name", name).put("in", "path").put("required", true);
            if (name.equals("file")) {
                ArrayNode files = p.putObject("schema").put("type", "string").putArray("enum");
                DocsController.FILES.keySet().forEach(files::add);
                p.put("example", DocsController.FILES.keySet().iterator().next());
            } else if (name.equals("date")) {
                p.putObject("schema").put("type", "string").put("format", "date");
                p.put("example", op.pathExamples.getOrDefault(name, "2026-11-27"));
            } else {
                p.putObject("schema")
                        .put("type", "integer")
                        .put("format", "int64")
                        .put("minimum", 1);
                p.put("example", Long.parseLong(op.pathExamples.getOrDefault(name, "1")));
            }
            p.put(
                    "description",
                    switch (name) {
                        case "file" -> "a file of the page";
                        case "date" -> "a day, yyyy-MM-dd";
                        default -> "a positive whole number";
                    });
            errors.add(400);
            if (!name.equals("date")) {
                errors.add(404);
            }
        }
        for (ApiDoc.Query q : op.query) {
            ObjectNode p = params.addObject();
            p.put("name", q.name()).put("in", "query").put("required", false).put("description", q.description());
            p.set("schema", querySchema(json, schemas, q));
            errors.add(400);
        }
        boolean update = op.method.equals("PATCH") || op.method.equals("PUT");
        if (update) {
            ObjectNode p = params.addObject();
            p.put("name", "If-Match").put("in", "header").put("required", true);
            p.put("description", "the ETag of the version this update is based on, e.g. \"3\"");
            p.putObject("schema").put("type", "string");
            p.put("example", "\"1\"");
            errors.add(400);
            errors.add(412);
            errors.add(428);
        }
        if (op.idempotencyKey) {
            ObjectNode p = params.addObject();
            p.put("name", "Idempotency-Key").put("in", "header").put("required", false);
            p.put(
                    "description",
                    "1-255 visible ASCII characters: a repeat with the same key and body returns the first"
                            + " response and changes nothing; the same key with another body is 422");
            p.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 255);
            errors.add(400);
            errors.add(422);
        }
        if (!params.isEmpty()) {
            o.set("parameters", params);
        }
        if (op.body != null) {
            o.set("requestBody", requestBody(json, schemas, op));
            errors.add(400);
            errors.add(413);
            errors.add(415);
        }
        if (!open) {
            errors.add(401);
            if (!allowed.containsAll(STAFF)) {
                errors.add(403);
            }
        }
        boolean servedWithoutDatabase =
                op.tag.equals("docs") || op.path.equals("/health") || op.path.equals("/metrics");
        if (!op.path.equals("/health") && !op.path.equals("/ready")) {
            errors.add(429);
        }
        if (!servedWithoutDatabase) {
            errors.add(503);
        }
        if (op.method.equals("POST") || update) {
            errors.add(507);
        }
        if (op.websocket) {
            errors.retainAll(Set.of(400, 401, 429));
        }

        ObjectNode rs = o.putObject("responses");
        ObjectNode ok = rs.putObject(Integer.toString(op.success));
        ok.put("description", op.websocket ? "Switching Protocols: the stream is open" : "Success");
        ObjectNode okContent = op.websocket ? null : content(json, schemas, op.answer);
        if (okContent != null) {
            ok.set("content", okContent);
        }
        if (op.answer instanceof ApiDoc.Of of && hasVersion(of.type())) {
            ok.putObject("headers").putObject("ETag").put("$ref", "#/components/headers/ETag");
        }
        for (int status : errors) {
            if (op.sameBody.contains(status)) {
                ObjectNode r = rs.putObject(Integer.toString(status));
                r.put("description", TITLES.get(status));
                r.set("content", okContent);
                continue;
            }
            String name = "Problem" + status;
            if (!responses.has(name)) {
                responses.set(name, problemResponse(json, status));
            }
            rs.putObject(Integer.toString(status)).put("$ref", "#/components/responses/" + name);
        }
        return o;
    }

    private static ObjectNode problemResponse(ObjectMapper json, int status) {
        ObjectNode r = json.createObjectNode();
        r.put("description", TITLES.get(status));
        if (status == 429 || status == 503) {
            r.putObject("headers").putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
        }
        r.putObject("content").putObject(PROBLEM).putObject("schema").put("$ref", RecordSchemas.REF + "Problem");
        return r;
    }

    private static ObjectNode content(ObjectMapper json, RecordSchemas schemas, ApiDoc.Body body) {
        ObjectNode c = json.createObjectNode();
        if (body instanceof ApiDoc.Of of) {
            c.putObject("application/json").set("schema", schemas.response(of.type()));
        } else if (body instanceof ApiDoc.PageOf page) {
            c.putObject("application/json").set("schema", schemas.page(page.item()));
        } else if (body instanceof ApiDoc.ItemsOf items) {
            c.putObject("application/json").set("schema", schemas.items(items.item()));
        } else if (body instanceof ApiDoc.Inline inline) {
            for (Class<?> ref : inline.refs()) {
                schemas.response(ref);
            }
            c.putObject("application/json").set("schema", parse(json, inline.schema()));
        } else if (body instanceof ApiDoc.Media media) {
            c.putObject(media.mediaType()).set("schema", parse(json, media.schema()));
        }
        return c;
    }

    private static ObjectNode requestBody(ObjectMapper json, RecordSchemas schemas, ApiDoc.Op op) {
        // The route's own copy of the generated schema: what it requires and its limits.
        String name = op.body.getSimpleName();
        ObjectNode schema = schemas.requestInline(op.body);
        schema.put("title", name);
        if (!op.required.isEmpty()) {
            ArrayNode required = schema.putArray("required");
            op.required.forEach(required::add);
        }
        ObjectNode props = (ObjectNode) schema.get("properties");
        op.limits.forEach((field, keywords) -> {
            if (!props.has(field)) {
                throw new IllegalStateException(op.key() + ": no field " + field + " in " + name);
            }
            ((ObjectNode) props.get(field)).setAll((ObjectNode) parse(json, keywords));
        });
        op.required.forEach(field -> {
            if (!props.has(field)) {
                throw new IllegalStateException(op.key() + ": no field " + field + " in " + name);
            }
            // A required field must not be null either.
            JsonNode type = props.get(field).get("type");
            if (type != null && type.isArray()) {
                ((ObjectNode) props.get(field)).put("type", type.get(0).asText());
            } else if (props.get(field).has("anyOf")) {
                ObjectNode p = (ObjectNode) props.get(field);
                JsonNode ref = p.get("anyOf").get(0);
                p.remove("anyOf");
                p.setAll((ObjectNode) ref);
            }
        });
        ObjectNode rb = json.createObjectNode();
        rb.put("required", !op.bodyOptional);
        ObjectNode media = rb.putObject("content").putObject("application/json");
        media.set("schema", schema);
        if (op.example != null) {
            media.set("example", parse(json, op.example));
        }
        return rb;
    }

    private static ObjectNode querySchema(ObjectMapper json, RecordSchemas schemas, ApiDoc.Query q) {
        Class<?> t = q.type();
        if (q.name().equals("limit")) {
            return json.createObjectNode()
                    .put("type", "integer")
                    .put("minimum", 1)
                    .put("maximum", Params.MAX_LIMIT)
                    .put("default", Params.DEFAULT_LIMIT);
        }
        if (q.name().equals("since")) {
            return json.createObjectNode()
                    .put("type", "integer")
                    .put("format", "int64")
                    .put("minimum", 0);
        }
        if (t == Long.class || t == Integer.class) {
            return json.createObjectNode().put("type", "integer").put("format", "int64");
        }
        if (t == Boolean.class) {
            return json.createObjectNode().put("type", "boolean");
        }
        if (t == LocalDate.class) {
            return json.createObjectNode().put("type", "string").put("format", "date");
        }
        if (t.isEnum()) {
            return schemas.response(t);
        }
        return json.createObjectNode().put("type", "string");
    }

    private static boolean hasVersion(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (var c : type.getRecordComponents()) {
            if (c.getName().equals("version")) {
                return true;
            }
        }
        return false;
    }

    private static String operationId(ApiDoc.Op op) {
        StringBuilder b = new StringBuilder(op.method.toLowerCase(Locale.ROOT));
        for (String part : PATH_PARTS.splitAsStream(op.path).toList()) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static JsonNode parse(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON in ApiDoc: " + text, e);
        }
    }
}
