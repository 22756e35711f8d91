package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * What trying the API as an attacker found (issue 14): invisible text, values of the wrong JSON type
 * converted instead of refused, decimals rounded before they were checked, bodies of any content
 * type, and error answers that named "body" or leaked library names. Each refusal is a 400 (or 415)
 * naming the field with a code from the closed list, and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final Set<String> CODES =
            Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());

    TestServer server;
    Api manager;
    long mechanic;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        mechanic = Shop.mechanic(manager, "김민수", "8");
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private String receipt(String customerNameJson) {
        return "{\"customerName\":" + customerNameJson + ",\"carId\":\"12가 3456\",\"mechanicId\":" + mechanic
                + ",\"estimatedHours\":1,\"request\":\"엔진오일 교환\"}";
    }

    private String receiptWith(String field, String valueJson) {
        return "{\"customerName\":\"홍길동\",\"carId\":\"12가 3456\",\"mechanicId\":" + mechanic
                + ",\"estimatedHours\":1,\"request\":\"엔진오일 교환\",\"" + field + "\":" + valueJson + "}";
    }

    /** A 400 naming exactly {@code field} once, with {@code code}; nothing written. */
    private JsonNode refused(Api api, String method, String path, String body, String field, ErrorCode code) {
        long before = manager.lastSeq();
        Api.Res r = api.send(method, path, body, Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = r.json().path("errors");
        assertThat(errors.size()).as(r.toString()).isEqualTo(1);
        JsonNode e = errors.get(0);
        assertThat(e.path("field").asText()).as(r.toString()).isEqualTo(field);
        assertThat(e.path("code").asText()).as(r.toString()).isEqualTo(code.code());
        assertThat(e.path("message").asText()).isNotBlank();
        assertThat(e.path("params").isObject()).as(r.toString()).isTrue();
        assertThat(r.body()).doesNotContain("com.fasterxml", "Jackson", "JsonReadFeature", "java.");
        assertThat(manager.lastSeq()).as("nothing was written").isEqualTo(before);
        return e;
    }

    // --- 4. invisible names -------------------------------------------------------------------

    @ParameterizedTest(name = "customerName {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
          "\\u00a0\\u00a0"            | BLANK
          "\\u3000"                   | BLANK
          "\\u200b"                   | INVALID_CHARACTERS
          "김\\u202e수민"             | INVALID_CHARACTERS
          "\\ufeff김민수"             | INVALID_CHARACTERS
          "\\u200e김민수\\u200f"      | INVALID_CHARACTERS
          "\\u2066김민수\\u2069"      | INVALID_CHARACTERS
          "\\ud800"                   | INVALID_CHARACTERS
          "김\\udc00"                 | INVALID_CHARACTERS
          "김\\u0007민수"             | INVALID_CHARACTERS
          "김\\n민수"                 | INVALID_CHARACTERS
          """)
    void invisibleOrMalformedNamesAreRefused(String name, ErrorCode code) {
        refused(manager, "POST", "/receipts", receipt(name), "customerName", code);
    }

    @Test
    void textIsNormalisedAndTrimmedOfEveryUnicodeSpace() {
        // 김 written as three combining jamo, wrapped in ideographic and no-break spaces
        Api.Res r = manager.post("/receipts", receipt("\"\\u3000\\u1100\\u1175\\u11b7민수\\u00a0\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("customerName").asText()).isEqualTo("김민수");
        Api.Res multi = manager.post("/receipts", receipt("\"홍길동\"").replace("\"엔진오일 교환\"", "\"엔진오일\\n교환\\t\""));
        assertThat(multi.status()).as(multi.toString()).isEqualTo(201);
        assertThat(multi.json().path("request").asText()).isEqualTo("엔진오일\n교환");
        refused(
                manager,
                "POST",
                "/receipts",
                receipt("\"홍길동\"").replace("\"엔진오일 교환\"", "\"a\\u202eb\""),
                "request",
                ErrorCode.INVALID_CHARACTERS);
    }

    // --- 5. wrong types -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
          customerName   | 1e308                    | INVALID_TYPE
          customerName   | 42                       | INVALID_TYPE
          customerName   | true                     | INVALID_TYPE
          customerName   | {}                       | INVALID_TYPE
          customerName   | ["a"]                    | INVALID_TYPE
          carId          | 1234                     | INVALID_TYPE
          requestDate    | "2026-12-22T23:59:59Z"   | INVALID_DATE
          requestDate    | "2026-12-22T10:00"       | INVALID_DATE
          requestDate    | []                       | INVALID_DATE
          requestDate    | 20261222                 | INVALID_DATE
          requestDate    | ""                       | INVALID_DATE
          requestDate    | "2026-2-3"               | INVALID_DATE
          requestDate    | "2026-02-30"             | INVALID_DATE
          estimatedHours | true                     | INVALID_TYPE
          estimatedHours | ""                       | INVALID_TYPE
          mechanicId     | 1.5                      | INVALID_TYPE
          """)
    void valuesOfTheWrongTypeAreRefusedNotConverted(String field, String json, ErrorCode code) {
        String body = field.equals("customerName") || field.equals("carId")
                ? receiptWith(field, json).replaceFirst("\"" + field + "\":\"[^\"]*\",", "")
                : receiptWith(field, json).replaceFirst(",\"" + field + "\":[0-9]+,", ",");
        refused(manager, "POST", "/receipts", body, field, code);
    }

    @ParameterizedTest(name = "active: {0}")
    @ValueSource(strings = {"0", "1", "5", "\"true\"", "\"yes\"", "null"})
    void aBooleanIsOnlyTrueOrFalse(String json) {
        long id = manager.post(
                        "/users",
                        "{\"username\":\"clerk" + Integer.toHexString(json.hashCode())
                                + "\",\"password\":\"counter-2026!\",\"role\":\"RECEPTIONIST\"}")
                .id();
        Api.Res current = manager.get("/users/" + id);
        long before = manager.lastSeq();
        Api.Res r =
                manager.patch("/users/" + id, "{\"active\":" + json + "}", Map.of("If-Match", current.header("ETag")));
        if (json.equals("null")) {
            // null in a PATCH means "as it was": the user stays active
            assertThat(r.status()).as(r.toString()).isIn(200, 400);
        } else {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.errorFields()).containsExactly("active");
            assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("invalid_type");
            assertThat(manager.lastSeq()).isEqualTo(before);
        }
        assertThat(manager.get("/users/" + id).json().path("active").asBoolean())
                .isTrue();
    }

    @Test
    void anEnumIsNotTakenByItsIndex() {
        refused(
                manager,
                "POST",
                "/users",
                "{\"username\":\"by.index\",\"password\":\"counter-2026!\",\"role\":0}",
                "role",
                ErrorCode.NOT_ALLOWED_VALUE);
    }

    // --- 6. exact decimals ----------------------------------------------------------------------

    @ParameterizedTest(name = "estimatedHours {0}")
    @ValueSource(strings = {"0.2500000000000000001", "\"0.2500000000000000001\"", "1.001", "0.001", "2.125"})
    void decimalsAreCheckedOnTheExactNumberSent(String json) {
        JsonNode e = refused(
                manager,
                "POST",
                "/receipts",
                receiptWith("estimatedHours", json).replaceFirst(",\"estimatedHours\":1,", ","),
                "estimatedHours",
                ErrorCode.TOO_MANY_DECIMALS);
        assertThat(e.path("params").path("max").asInt()).isEqualTo(2);
    }

    @Test
    void trailingZerosAreNotDecimals() {
        Api.Res r = manager.post(
                "/receipts",
                receiptWith("estimatedHours", "1.5000000000000000000000").replaceFirst(",\"estimatedHours\":1,", ","));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("estimatedHours").decimalValue()).isEqualByComparingTo("1.5");
    }

    // --- 7. content type ------------------------------------------------------------------------

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(
            strings = {
                "text/plain",
                "application/xml",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                "none"
            })
    void aBodyThatIsNotDeclaredJsonIs415(String type) throws Exception {
        long before = manager.lastSeq();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(manager.base() + "/receipts"))
                .header("Authorization", "Bearer " + manager.token())
                .POST(HttpRequest.BodyPublishers.ofString(receipt("\"홍길동\"")));
        if (!type.equals("none")) {
            b.header("Content-Type", type);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Api.JSON.readTree(r.body()).path("status").asInt()).isEqualTo(415);
        assertThat(manager.lastSeq()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void jsonWithACharsetIsJsonAndAnEmptyBodyNeedsNoType() throws Exception {
        Api.Res ok = manager.post(
                "/receipts", receipt("\"홍길동\""), Map.of("Content-Type", "application/json; charset=UTF-8"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        long job = ok.json().path("jobId").asLong();
        HttpRequest start = HttpRequest.newBuilder(URI.create(manager.base() + "/jobs/" + job + "/start"))
                .header("Authorization", "Bearer " + manager.token())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(start, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    // --- 9. error shape -------------------------------------------------------------------------

    @Test
    void aDuplicatedKeyIsNamed() {
        String body = receipt("\"홍길동\"").replace("{\"customerName\"", "{\"customerName\":\"a\",\"customerName\"");
        refused(manager, "POST", "/receipts", body, "customerName", ErrorCode.DUPLICATE_KEY);
        String nested = receiptWith("vehicle", "{\"make\":\"Kia\",\"make\":\"Hyundai\"}");
        refused(manager, "POST", "/receipts", nested, "vehicle.make", ErrorCode.DUPLICATE_KEY);
    }

    @Test
    void aNumberOfTwoThousandDigitsIsNamed() {
        String body = receiptWith("estimatedHours", "1" + "0".repeat(1999)).replaceFirst(",\"estimatedHours\":1,", ",");
        JsonNode e = refused(manager, "POST", "/receipts", body, "estimatedHours", ErrorCode.TOO_LONG);
        assertThat(e.path("params").path("max").asInt()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "01", "0x10", "'1'"})
    void nonStandardNumbersAreNamedWithoutLibraryWords(String json) {
        String body = receiptWith("estimatedHours", json).replaceFirst(",\"estimatedHours\":1,", ",");
        refused(manager, "POST", "/receipts", body, "estimatedHours", ErrorCode.INVALID_JSON);
    }

    @Test
    void aTooLongUsernameIsOneError() {
        JsonNode e = refused(
                manager,
                "POST",
                "/users",
                "{\"username\":\"" + "u".repeat(51) + "\",\"password\":\"counter-2026!\",\"role\":\"MANAGER\"}",
                "username",
                ErrorCode.TOO_LONG);
        assertThat(e.path("params").path("max").asInt()).isEqualTo(50);
    }

    @Test
    void everyErrorCarriesACodeFromTheClosedList() {
        Api.Res r = manager.post(
                "/receipts",
                "{\"customerName\":\"" + "가".repeat(101) + "\",\"carId\":\"!!\",\"mechanicId\":" + mechanic
                        + ",\"estimatedHours\":30,\"request\":\" \"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("customerName", "carId", "estimatedHours", "request");
        for (JsonNode e : r.json().path("errors")) {
            assertThat(CODES).as(e.toString()).contains(e.path("code").asText());
        }
        JsonNode name = r.json().path("errors").get(0);
        assertThat(name.path("code").asText()).isEqualTo("too_long");
        assertThat(name.path("params").path("max").asInt()).isEqualTo(100);
    }

    @Test
    void unknownFieldsAndWrongEnumsHaveTheirCodes() {
        refused(manager, "POST", "/receipts", receiptWith("colour", "\"red\""), "colour", ErrorCode.UNKNOWN_FIELD);
        JsonNode e = refused(
                manager,
                "POST",
                "/users",
                "{\"username\":\"boss.man\",\"password\":\"counter-2026!\",\"role\":\"BOSS\"}",
                "role",
                ErrorCode.NOT_ALLOWED_VALUE);
        assertThat(e.path("params").path("allowed").toString()).contains("MANAGER", "MECHANIC");
    }

    @Test
    void anEmptyIdempotencyKeyIsRefusedNotSharedByEveryPost() {
        for (String name : new String[] {"박정비", "최정비"}) {
            Api.Res r = manager.post(
                    "/mechanics",
                    "{\"name\":\"" + name + "\",\"dailyCapacityHours\":8}",
                    Map.of("Idempotency-Key", ""));
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.errorFields()).containsExactly("Idempotency-Key");
        }
    }
}
