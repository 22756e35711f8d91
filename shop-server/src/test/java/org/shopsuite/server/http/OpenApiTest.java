package org.shopsuite.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.model.Receipt;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/**
 * {@code GET /openapi.json} against the running server: it lists exactly the registered routes,
 * with their roles; its schemas come from the records; docs/api.md's route table agrees with it;
 * the page at /docs/api and its scripts load without a login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
    static final Path API_MD = Path.of("../docs/api.md");

    TestServer server;
    JsonNode doc;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir);
        Api.Res r = server.api().get("/openapi.json");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        doc = r.json();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    /** "GET /path" of every registered route; the WebSocket is documented as the GET that upgrades. */
    private Map<String, Set<Access>> registered() {
        Map<String, Set<Access>> out = new TreeMap<>();
        DocsController.registered(server.app().javalin())
                .forEach((k, v) -> out.put(k.startsWith("WS ") ? "GET " + k.substring(3) : k, v));
        return out;
    }

    private Map<String, JsonNode> documented() {
        Map<String, JsonNode> out = new TreeMap<>();
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                out.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }
        return out;
    }

    @Test
    void theDocumentListsExactlyTheRegisteredRoutesWithTheirRoles() {
        Map<String, JsonNode> documented = documented();
        assertThat(documented.keySet()).isEqualTo(registered().keySet());
        Set<String> described = new TreeSet<>();
        for (ApiDoc.Op op : ApiDoc.all()) {
            described.add(op.key());
        }
        assertThat(described)
                .as("ApiDoc describes exactly the registered routes")
                .isEqualTo(registered().keySet());
        registered().forEach((route, roles) -> {
            List<String> xRoles = new ArrayList<>();
            documented.get(route).path("x-roles").forEach(n -> xRoles.add(n.asText()));
            assertThat(new TreeSet<>(xRoles))
                    .as(route)
                    .isEqualTo(new TreeSet<>(roles.stream().map(Enum::name).toList()));
            boolean open = roles.contains(Access.PUBLIC);
            assertThat(documented.get(route).has("security"))
                    .as(route + " security: []")
                    .isEqualTo(open);
        });
    }

    @Test
    void everyOperationDocumentsItsAnswers() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("security").get(0).has("bearer")).isTrue();
        documented().forEach((route, op) -> {
            JsonNode responses = op.path("responses");
            assertThat(responses.size()).as(route).isGreaterThan(route.equals("GET /health") ? 0 : 1);
            if (!op.has("security")) {
                assertThat(responses.has("401")).as(route + " 401").isTrue();
            }
            if (route.startsWith("PATCH") || route.startsWith("PUT")) {
                assertThat(responses.has("412") && responses.has("428"))
                        .as(route)
                        .isTrue();
                assertThat(op.toString()).contains("\"If-Match\"");
            }
            if (route.contains("{id}")) {
                assertThat(responses.has("404")).as(route + " 404").isTrue();
            }
            if (op.has("requestBody")) {
                assertThat(responses.has("400") && responses.has("413") && responses.has("415"))
                        .as(route)
                        .isTrue();
            }
        });
        assertThat(documented().get("GET /events/stream").path("x-websocket").asBoolean())
                .isTrue();
        assertThat(documented()
                        .get("GET /invoices/{id}.pdf")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .has("application/pdf"))
                .isTrue();
        assertThat(doc.path("components")
                        .path("responses")
                        .path("Problem429")
                        .path("headers")
                        .has("Retry-After"))
                .isTrue();
        assertThat(documented()
                        .get("GET /receipts/{id}")
                        .path("responses")
                        .path("200")
                        .path("headers")
                        .has("ETag"))
                .isTrue();
    }

    @Test
    void schemasAreTheRecordsWithTheirNullsDatesAndDecimals() {
        JsonNode schemas = doc.path("components").path("schemas");
        JsonNode receipt = schemas.path("Receipt");
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : Receipt.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        List<String> props = new ArrayList<>();
        receipt.path("properties").fieldNames().forEachRemaining(props::add);
        assertThat(props).isEqualTo(fields);
        assertThat(receipt.path("properties").path("id").path("type").asText()).isEqualTo("integer");
        assertThat(receipt.path("properties").path("customerPhone").path("type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(receipt.path("properties").path("requestDate").path("format").asText())
                .isEqualTo("date");
        assertThat(receipt.path("properties").path("createdAt").path("format").asText())
                .isEqualTo("date-time");
        assertThat(receipt.path("properties")
                        .path("estimatedHours")
                        .path("type")
                        .toString())
                .isEqualTo("[\"number\",\"null\"]");
        assertThat(schemas.path("ShopSettings")
                        .path("properties")
                        .path("taxRatePercent")
                        .path("type")
                        .toString())
                .contains("number");
        assertThat(schemas.path("ReceiptStatus").path("enum").toString()).contains("ACCEPTED", "REJECTED");
        // Enum values as Jackson writes them (ErrorCode has a lower-case @JsonValue).
        assertThat(schemas.path("ErrorCode").path("enum").toString()).contains("\"too_long\"");
        assertThat(schemas.path("Problem").path("properties").has("errors")).isTrue();
        assertThat(schemas.path("ReceiptPage").path("required").toString()).contains("items", "nextCursor");
        JsonNode body = doc.at("/paths/~1receipts/post/requestBody/content/application~1json/schema");
        assertThat(body.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(body.path("required").toString()).contains("customerName", "mechanicId");
        assertThat(body.at("/properties/customerName/maxLength").asInt()).isEqualTo(100);
        assertThat(body.at("/properties/id/description").asText()).startsWith("read-only");
    }

    @Test
    void docsApiMdRouteTableAgreesWithTheDocument() throws Exception {
        String md = Files.readString(API_MD);
        String table = md.substring(md.indexOf("<!-- routes:start"), md.indexOf("<!-- routes:end -->"));
        Map<String, JsonNode> documented = documented();
        Set<String> listed = new TreeSet<>();
        for (String line : table.split("\n", -1)) {
            String[] c = line.split("\\|", -1);
            if (c.length < 7 || c[1].isBlank() || c[1].contains("method") || c[1].contains("---")) {
                continue;
            }
            String method = c[1].strip().equals("WS") ? "GET" : c[1].strip();
            String route = method + " " + c[2].strip().replace("`", "");
            listed.add(route);
            assertThat(documented).as("api.md lists " + route).containsKey(route);
            Set<String> xRoles = new TreeSet<>();
            documented.get(route).path("x-roles").forEach(n -> xRoles.add(n.asText()));
            String[] roles = {"MANAGER", "RECEPTIONIST", "MECHANIC", "CONTRACTOR"};
            for (int i = 0; i < roles.length; i++) {
                String cell = c[3 + i].strip();
                String as = route + " for " + roles[i] + ": '" + cell + "' vs x-roles " + xRoles;
                switch (cell) {
                    case "public" -> assertThat(xRoles).as(as).contains("PUBLIC");
                    case "yes", "own jobs only", "own only" ->
                        assertThat(xRoles).as(as).contains(roles[i]);
                    case "-" -> assertThat(xRoles).as(as).doesNotContain(roles[i], "PUBLIC");
                    default -> throw new AssertionError("unknown cell " + as);
                }
            }
        }
        assertThat(listed)
                .as("api.md's route table lists every documented route")
                .isEqualTo(documented.keySet());
        assertThat(md).contains("/openapi.json").contains("/docs/api");
    }

    @Test
    void thePageAndItsScriptsLoadWithoutALogin() {
        Api anonymous = server.api();
        Api.Res page = anonymous.get("/docs/api");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/docs/api/swagger-ui-bundle.js", "/docs/api/api-docs.js");
        for (String file : DocsController.FILES.keySet()) {
            Api.Res r = anonymous.get("/docs/api/" + file);
            assertThat(r.status()).as(file).isEqualTo(200);
            assertThat(r.body()).as(file).isNotEmpty();
        }
        Api.Res bundle = anonymous.get("/docs/api/swagger-ui-bundle.js");
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.body().length()).isGreaterThan(100_000);
        assertThat(anonymous.get("/docs/api/api-docs.js").body()).contains("/openapi.json");
        Api.Res missing = anonymous.get("/docs/api/secret.txt");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }
}
