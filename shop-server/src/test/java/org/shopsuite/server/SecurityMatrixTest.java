package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * The permission matrix of docs/security.md, cell by cell: anonymous, an expired token, and each
 * role. Bodies are empty objects so that allowed calls stop at validation and change little.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {
    static final Path DOC = Path.of("../docs/security.md");
    /** The phone of every receipt here (see {@link Shop#receipt}). */
    static final String PHONE = "010-1234-5678";

    static final Path ROUTES = Path.of("src/main/java/org/shopsuite/server/http/Routes.java");

    MutableClock clock = new MutableClock(Instant.now());
    TestServer server;
    Map<String, String> ids;
    String expired;

    record Row(
            String method,
            String route,
            String anonymous,
            String expired,
            String manager,
            String receptionist,
            String mechanic,
            String contractor) {
        @Override
        public String toString() {
            return method + " " + route;
        }
    }

    static List<Row> matrix() throws Exception {
        String doc = Files.readString(DOC);
        String table = doc.substring(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.split("\n", -1)) {
            String[] c = line.split("\\|", -1);
            if (c.length < 9 || c[1].isBlank() || c[1].contains("method") || c[1].contains("---")) {
                continue;
            }
            rows.add(new Row(
                    c[1].strip(),
                    c[2].strip(),
                    c[3].strip(),
                    c[4].strip(),
                    c[5].strip(),
                    c[6].strip(),
                    c[7].strip(),
                    c[8].strip()));
        }
        return rows;
    }

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, clock, false);
        Api manager = Shop.admin(server);
        Api early = server.api().as("admin", TestServer.ADMIN_PASSWORD);
        long m = Shop.mechanic(manager, "김민수", "24");
        long p = Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
        Shop.user(manager, "counter", "RECEPTIONIST", null);
        Shop.user(manager, "kim", "MECHANIC", m);
        var taken = Shop.receipt(manager, m, "1");
        long r = taken.id();
        long customer = taken.json().path("customerId").asLong();
        long vehicle = taken.json().path("vehicleId").asLong();
        long j = manager.get("/receipts/" + r).json().path("jobId").asLong();
        long j2 = Shop.receipt(manager, m, "1").json().path("jobId").asLong();
        manager.post("/jobs/" + j2 + "/start", null);
        long i = manager.post("/jobs/" + j2 + "/finish", null)
                .json()
                .path("invoiceId")
                .asLong();
        long u = manager.get("/users").json().path("items").get(0).path("id").asLong();
        long canned = manager.post(
                        "/cannedJobs",
                        Api.obj(
                                "name",
                                "엔진오일 세트",
                                "lines",
                                java.util.List.of(Map.of("kind", "LABOR", "description", "오일 교환", "hours", 0.5))))
                .id();
        long supplier = manager.post("/suppliers", Api.obj("name", "대한부품")).id();
        // a contractor's login, and an order of its own on the open job (another supplier's is 404 to it)
        long glass = manager.post("/suppliers", Api.obj("name", "유리나라")).id();
        assertThat(manager.post(
                                "/users",
                                Api.obj(
                                        "username",
                                        "glass",
                                        "password",
                                        "password-1",
                                        "role",
                                        "CONTRACTOR",
                                        "supplierId",
                                        glass))
                        .status())
                .isEqualTo(201);
        long sublet = manager.post(
                        "/jobs/" + j + "/sublets",
                        Api.obj("supplierId", glass, "description", "앞유리 교환", "cost", 200_000, "price", 260_000))
                .id();
        long order = manager.post(
                        "/purchaseOrders",
                        Api.obj(
                                "supplierId",
                                supplier,
                                "lines",
                                java.util.List.of(Map.of("vehiclePartId", p, "quantity", 2, "unitCost", 30_000))))
                .id();
        long sale = manager.post(
                        "/counterSales",
                        Api.obj(
                                "lines",
                                java.util.List.of(Map.of("vehiclePartId", p, "quantity", 1)),
                                "payment",
                                Map.of("amount", 100_000, "method", "CASH")))
                .id();
        long count = manager.post("/stockCounts", "{}").id();
        long vendorReturn = manager.post(
                        "/vendorReturns",
                        Api.obj(
                                "supplierId",
                                supplier,
                                "kind",
                                "CORE",
                                "lines",
                                java.util.List.of(Map.of("vehiclePartId", p, "quantity", 1, "reason", "코어"))))
                .id();
        long bay = manager.post("/bays", Api.obj("name", "1번 리프트")).id();
        long promotion = manager.post(
                        "/promotions",
                        Api.obj("name", "봄맞이", "kind", "AMOUNT", "value", 5000, "validDays", 30, "trigger", "MANUAL"))
                .id();
        long estimate = manager.post("/receipts/" + r + "/estimates", "{}")
                .json()
                .path("id")
                .asLong();
        long gangnam = manager.post(
                        "/locations", Api.obj("name", "강남점", "invoicePrefix", "GN", "timezone", "Asia/Seoul"))
                .id();
        long transfer = manager.post(
                        "/stockTransfers",
                        Api.obj(
                                "fromLocationId",
                                1,
                                "toLocationId",
                                gangnam,
                                "lines",
                                java.util.List.of(Map.of("vehiclePartId", p, "quantity", 1))))
                .id();
        this.ids = Map.ofEntries(
                Map.entry("users", "" + u),
                Map.entry("stockTransfers", "" + transfer),
                Map.entry("locations", "1"),
                Map.entry("mechanics", "" + m),
                Map.entry("vehicleParts", "" + p),
                Map.entry("receipts", "" + r),
                Map.entry("jobs", "" + j),
                Map.entry("invoices", "" + i),
                Map.entry("payments", "1"),
                Map.entry("customers", "" + customer),
                Map.entry("vehicles", "" + vehicle),
                Map.entry("estimates", "" + estimate),
                Map.entry("cannedJobs", "" + canned),
                Map.entry("suppliers", "" + supplier),
                Map.entry("purchaseOrders", "" + order),
                Map.entry("counterSales", "" + sale),
                Map.entry("stockCounts", "" + count),
                Map.entry("partRequests", "1"),
                Map.entry("vendorReturns", "" + vendorReturn),
                Map.entry("bays", "" + bay),
                Map.entry("appointments", "1"),
                Map.entry("promotions", "" + promotion),
                Map.entry("warrantyClaims", "1"),
                Map.entry("subletOrders", "" + sublet),
                Map.entry("timeEntries", "1"));
        // A token left unused for 13 hours has expired; everyone else just logged in.
        clock.advance(Duration.ofHours(13));
        expired = early.token();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    @Test
    void theTableListsExactlyTheRoutesTheServerRegisters() throws Exception {
        Set<String> registered = new TreeSet<>();
        Matcher m = Pattern.compile("r\\.(get|post|put|patch|delete|ws)\\(\\s*\"([^\"]+)\"")
                .matcher(Files.readString(ROUTES));
        while (m.find()) {
            registered.add(m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2));
        }
        Set<String> documented = new TreeSet<>();
        for (Row row : matrix()) {
            documented.add(row.method() + " " + row.route());
        }
        assertThat(documented).isEqualTo(registered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyCellHolds(Row row) {
        String path = path(row.route());
        check(row, server.api(), row.anonymous(), path, "anonymous");
        check(row, server.api().withToken(expired), row.expired(), path, "expired token");
        check(row, server.api().as("admin", TestServer.ADMIN_PASSWORD), row.manager(), path, "MANAGER");
        check(row, server.api().as("counter", "password-1"), row.receptionist(), path, "RECEPTIONIST");
        check(row, server.api().as("kim", "password-1"), row.mechanic(), path, "MECHANIC");
        check(row, server.api().as("glass", "password-1"), row.contractor(), path, "CONTRACTOR");
    }

    private void check(Row row, Api api, String expected, String path, String who) {
        if (row.method().equals("WS")) {
            if (expected.equals("401")) {
                assertThatThrownBy(() -> EventClient.connect(api, 0L))
                        .as(who)
                        .rootCause()
                        .hasMessageContaining("401");
            } else {
                try (EventClient c = EventClient.connect(api, 0L)) {
                    assertThat(c).as(who).isNotNull();
                    if (who.equals("CONTRACTOR")) {
                        awaitReplay(c);
                        assertThat(c.events().toString())
                                .as("a contractor's stream: its own order in full, nothing of anyone else's")
                                .contains("앞유리 교환")
                                .doesNotContain("홍길동")
                                .doesNotContain(PHONE);
                    }
                    if (who.equals("MECHANIC")) {
                        awaitReplay(c);
                        assertThat(c.events().toString())
                                .as("the stream a mechanic gets has no customer's phone")
                                .contains("홍길동")
                                .doesNotContain(PHONE);
                    }
                }
            }
            return;
        }
        String body = row.method().equals("GET") ? null : "{}";
        Map<String, String> headers =
                row.method().equals("PATCH") || row.method().equals("PUT") ? Map.of("If-Match", "\"999\"") : Map.of();
        Api.Res r = api.send(row.method(), path, body, headers);
        String as = who + " " + row + " -> " + r;
        if ((who.equals("MECHANIC") || who.equals("CONTRACTOR")) && r.status() < 300) {
            assertThat(r.body())
                    .as("a mechanic never receives a customer's phone: " + as)
                    .doesNotContain(PHONE);
        }
        switch (expected) {
            case "public", "yes" -> assertThat(r.status()).as(as).isNotIn(401, 403);
            case "401", "403" -> {
                assertThat(r.status()).as(as).isEqualTo(Integer.parseInt(expected));
                assertThat(r.header("Content-Type")).as(as).startsWith("application/problem+json");
            }
            default -> throw new AssertionError("unknown cell '" + expected + "' in " + row);
        }
    }

    private void awaitReplay(EventClient c) {
        try {
            c.awaitSeq(server.app().services().events().lastSeq(), Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String path(String route) {
        String out = route;
        for (var e : ids.entrySet()) {
            out = out.replace("/" + e.getKey() + "/{id}", "/" + e.getKey() + "/" + e.getValue());
        }
        return out.replace("{rid}", "1")
                .replace("{lineId}", "1")
                .replace("{receiptId}", ids.get("receipts"))
                .replace("{date}", "2026-01-01")
                .replace("{file}", "swagger-ui.css");
    }
}
