package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/**
 * Hostile input against every endpoint that takes a body or parameters: never a 5xx, every
 * refusal a problem+json (a 400 names a field), and nothing changed by a refused request.
 * {@code -Djqwik.tries.default=N} for a longer run (CI: 400 per property).
 */
@Tag("slow")
class FuzzTest {
    static TestServer server;
    static Api manager;
    static Path dir;
    static final AtomicLong CASES = new AtomicLong();

    /** A writing endpoint with a valid body to mutate. */
    record Endpoint(String method, String path, String validBody) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/receipts",
                    "{\"customerName\":\"홍길동\",\"customerPhone\":\"010-1234-5678\",\"carId\":\"12가 3456\",\"vehicle\":{\"make\":\"Kia\",\"year\":2020,\"mileageKm\":1000},\"mechanicId\":1,\"estimatedHours\":0.01,\"request\":\"점검\"}"),
            new Endpoint(
                    "POST",
                    "/vehicleParts",
                    "{\"partId\":\"F-1\",\"partName\":\"필터\",\"stock\":3,\"partPrice\":1000,\"costPrice\":600,\"reorderPoint\":1,\"barcode\":\"123\"}"),
            new Endpoint("PATCH", "/vehicleParts/1", "{\"partPrice\":48000,\"partName\":\"엔진오일\"}"),
            new Endpoint("POST", "/vehicleParts/2/stockAdjustments", "{\"delta\":1,\"reason\":\"count\"}"),
            new Endpoint("POST", "/mechanics", "{\"name\":\"정비사\",\"dailyCapacityHours\":8,\"active\":true}"),
            new Endpoint("PATCH", "/mechanics/1", "{\"dailyCapacityHours\":8}"),
            new Endpoint(
                    "POST",
                    "/users",
                    "{\"username\":\"fuzz.user\",\"password\":\"password-1\",\"role\":\"RECEPTIONIST\"}"),
            new Endpoint(
                    "PUT",
                    "/shop",
                    "{\"name\":\"샵\",\"address\":\"서울\",\"phone\":\"02-123-4567\",\"currency\":\"KRW\",\"laborRatePerHour\":66000,\"taxRatePercent\":10,\"timezone\":\"Asia/Seoul\",\"invoicePrefix\":\"INV\"}"),
            new Endpoint("POST", "/jobs/5/partRequests", "{\"vehiclePartId\":1,\"quantity\":1}"),
            new Endpoint("POST", "/jobs/4/finish", "{\"laborHours\":1,\"notes\":\"done\"}"),
            new Endpoint("POST", "/receipts/4/cancel", "{\"reason\":\"고객 요청\"}"),
            new Endpoint("POST", "/invoices/3/payments", "{\"amount\":1,\"method\":\"CASH\"}"),
            new Endpoint("POST", "/invoices/3/void", "{\"reason\":\"fuzz\",\"refundMethod\":\"CASH\"}"),
            new Endpoint("POST", "/receipts/2/reissueInvoice", "{\"reason\":\"fuzz\"}"),
            new Endpoint("POST", "/auth/login", "{\"username\":\"nobody\",\"password\":\"wrong-password\"}"));

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("fuzz");
        server = new TestServer(dir, java.time.Clock.systemUTC(), true);
        manager = server.api().as("manager", DemoData.PASSWORD);
    }

    @AfterContainer
    static void stop() {
        System.out.printf("fuzz cases tried: %d%n", CASES.get());
        server.close();
    }

    @Property
    void hostileBodiesNeverBreakTheServer(@ForAll("endpoints") Endpoint ep, @ForAll("hostileBodies") String body) {
        send(ep, body, Map.of());
    }

    @Property
    void oneHostileFieldIsNamedOrAccepted(
            @ForAll("endpoints") Endpoint ep, @ForAll("hostileValues") JsonNode value, @ForAll("picks") int pick)
            throws Exception {
        ObjectNode valid = (ObjectNode) Api.JSON.readTree(ep.validBody());
        List<String> fields = new java.util.ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(pick % fields.size());
        valid.set(field, value);
        Api.Res r = send(ep, valid.toString(), Map.of("If-Match", "\"1\""));
        if (r.status() == 400) {
            assertThat(r.errorFields())
                    .as(r.toString())
                    .anyMatch(f -> f.startsWith(field) || f.equals("body") || f.startsWith("vehicle"));
        }
    }

    @Property
    void oddHeadersAndPathsNeverBreakTheServer(
            @ForAll("endpoints") Endpoint ep, @ForAll("headerValues") String value, @ForAll("pathJunk") String junk) {
        send(
                new Endpoint(ep.method(), ep.path() + junk, ep.validBody()),
                ep.validBody(),
                Map.of(
                        "Idempotency-Key",
                        value,
                        "If-Match",
                        value,
                        "Content-Type",
                        "application/" + value.replaceAll("[^a-z]", "x")));
        Api.Res get = server.api()
                .withToken(manager.token())
                .send(
                        "GET",
                        "/receipts?q=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                                + "&limit=" + junk.length(),
                        null,
                        Map.of());
        assertThat(get.status()).as(get.toString()).isLessThan(500);
    }

    private Api.Res send(Endpoint ep, String body, Map<String, String> headers) {
        CASES.incrementAndGet();
        long before = server.app().services().events().lastSeq();
        Api.Res r;
        try {
            r = manager.send(ep.method(), ep.path(), body, headers);
        } catch (IllegalArgumentException e) {
            return new Api.Res(400, "", Map.of()); // the client itself refused the header or path
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError(ep + " " + abbreviate(body) + " closed the connection", e);
        }
        assertThat(r.status()).as(ep + " " + abbreviate(body) + " -> " + r).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
            assertThat(r.json().path("status").asInt()).isEqualTo(r.status());
            if (r.status() == 400) {
                assertThat(r.errorFields()).as(r.toString()).isNotEmpty();
            }
            assertThat(server.app().services().events().lastSeq())
                    .as("a refused request changed nothing")
                    .isEqualTo(before);
        }
        return r;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }

    @Provide
    Arbitrary<Endpoint> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<String> hostileBodies() {
        Arbitrary<String> valid = Arbitraries.of(ENDPOINTS).map(Endpoint::validBody);
        return Arbitraries.oneOf(
                valid.flatMap(
                        v -> Arbitraries.integers().between(0, v.length()).map(n -> v.substring(0, n))), // truncated
                Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n)), // deep arrays
                Arbitraries.integers()
                        .between(1, 3000)
                        .map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)), // deep objects
                Arbitraries.strings().ofMaxLength(300), // noise
                Arbitraries.of(
                        "",
                        " ",
                        "null",
                        "true",
                        "0",
                        "-1",
                        "\"text\"",
                        "[]",
                        "{}",
                        "{\"\":\"\"}",
                        "{} {}",
                        "{\"a\":1,\"a\":2}",
                        "{'single':'quotes'}",
                        "{\"x\":NaN}",
                        "{\"x\":1e999999}",
                        "\uFEFF{}",
                        "{\"customerName\":\"\\ud800\"}",
                        "{\"partName\":\"\\u0000\"}"),
                Arbitraries.integers()
                        .between(100_000, 1_200_000)
                        .map(n -> "{\"partName\":\"" + "가".repeat(n / 3) + "\"}"));
    }

    @Provide
    Arbitrary<JsonNode> hostileValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "",
                                " ",
                                "🚗🔧",
                                "\u202Eevil",
                                "\u200B",
                                "a\u0000b",
                                "\uD83D",
                                "12가!@#",
                                "-0",
                                "1e400",
                                "NaN",
                                "Infinity",
                                "0x10",
                                "１２３",
                                "' OR 1=1 --",
                                "<script>",
                                "가".repeat(3000))
                        .map(s -> (JsonNode) Api.JSON.getNodeFactory().textNode(s)),
                Arbitraries.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, 2147483648L, -2147483649L)
                        .map(n -> (JsonNode) Api.JSON.getNodeFactory().numberNode(n)),
                Arbitraries.of("0.001", "24.01", "-0.5", "1e-300", "123456789012345678901234567890.5")
                        .map(d -> (JsonNode) Api.JSON.getNodeFactory().numberNode(new java.math.BigDecimal(d))),
                Arbitraries.of(
                        Api.JSON.getNodeFactory().nullNode(),
                        Api.JSON.getNodeFactory().booleanNode(true),
                        Api.JSON.createArrayNode(),
                        Api.JSON.createObjectNode(),
                        Api.JSON.createArrayNode().add(1).add("x"),
                        Api.JSON.createObjectNode().put("nested", "x")));
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(400),
                Arbitraries.of("\"\"", "W/\"1\"", "\"-5\"", "*", "\"99999999999999999999\"", " "));
    }

    @Provide
    Arbitrary<String> pathJunk() {
        return Arbitraries.of(
                "",
                "/",
                "//",
                "/x",
                "/../../etc/passwd",
                "/%00",
                "/%ff",
                "?limit=-1",
                "?cursor=%%%",
                "/9999999999999999999999",
                "/가",
                "/;jsessionid=1",
                "?date=2026-02-30",
                "/start/finish");
    }
}
