package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 20: the apartment-defect origin flow as a shop runs it with an outside contractor
 * (register -> assign to the contractor -> the contractor schedules -> completes -> resolved; and
 * register -> assign -> the customer cancels -> the contractor's order cancelled, seen at once),
 * sublet work on ordinary jobs billed as SUBLET lines, and what a CONTRACTOR login may reach.
 */
class SubletTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String PHONE = "010-7777-8888";

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.now());
    TestServer server;
    Api boss;
    Api counter;
    long kimId;
    long customer;
    long car;
    long glass;
    long align;
    Api glassLogin;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir, clock, false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        customer = counter.post("/customers", obj("name", "정우성", "phones", List.of(PHONE), "address", "서울 마포구"))
                .id();
        car = counter.post(
                        "/vehicles",
                        obj(
                                "plate",
                                "12가 3456",
                                "make",
                                "현대",
                                "model",
                                "쏘나타",
                                "customerId",
                                customer,
                                "firstRegisteredOn",
                                LocalDate.now(SEOUL).minusMonths(5).toString()))
                .id();
        glass = boss.post("/suppliers", obj("name", "유리나라")).id();
        align = boss.post("/suppliers", obj("name", "바른얼라인먼트")).id();
        Api.Res u = boss.post(
                "/users",
                obj("username", "glass", "password", "password-1", "role", "CONTRACTOR", "supplierId", glass));
        assertThat(u.status()).as(u.toString()).isEqualTo(201);
        assertThat(u.json().path("supplierId").asLong()).isEqualTo(glass);
        glassLogin = boss.as("glass", "password-1");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private long repaired() {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId",
                        customer,
                        "vehicleId",
                        car,
                        "vehicle",
                        Map.of("mileageKm", 8_000),
                        "mechanicId",
                        kimId,
                        "estimatedHours",
                        "1",
                        "request",
                        "앞유리 교환"));
        long job = r.json().path("jobId").asLong();
        assertThat(boss.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        assertThat(boss.post("/jobs/" + job + "/finish", obj("laborHours", "1")).status())
                .isEqualTo(200);
        return r.id();
    }

    long original;

    private long claimSentToGlass() {
        original = repaired();
        long claim = counter.post(
                        "/warrantyClaims",
                        obj("originalReceiptId", original, "complaint", "앞유리 틈새로 물이 샘", "mileageKm", 8_400))
                .id();
        Api.Res a = boss.post(
                "/warrantyClaims/" + claim + "/assign", obj("supplierId", glass, "reasonCode", "WORKMANSHIP"));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(a.json().path("subletOrderId").isIntegralNumber()).isTrue();
        assertThat(a.json().path("receiptId").isNull()).isTrue();
        return claim;
    }

    @Test
    void theOriginFlowWithAContractorRunsToResolvedAndTheContractorSeesOnlyItsOwn() throws Exception {
        try (EventClient stream = EventClient.connect(glassLogin, boss.lastSeq())) {
            long claim = claimSentToGlass();
            long order = boss.get("/warrantyClaims/" + claim)
                    .json()
                    .path("subletOrderId")
                    .asLong();

            // the contractor's list: its order, the vehicle and the work, never the customer
            Api.Res mine = glassLogin.get("/subletOrders");
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().path("items")).hasSize(1);
            JsonNode o = mine.json().path("items").get(0);
            assertThat(o.path("id").asLong()).isEqualTo(order);
            assertThat(o.path("plate").asText()).isEqualTo("12가3456");
            assertThat(o.path("vehicleDescription").asText()).isEqualTo("현대 쏘나타");
            assertThat(o.path("claimId").asLong()).isEqualTo(claim);
            assertThat(o.path("status").asText()).isEqualTo("ORDERED");
            assertThat(mine.body()).doesNotContain("정우성").doesNotContain(PHONE).doesNotContain("마포구");

            // schedules: not in the past; then a day
            LocalDate today = LocalDate.now(SEOUL);
            Api.Res past = glassLogin.post(
                    "/subletOrders/" + order + "/schedule",
                    obj("date", today.minusDays(1).toString()));
            assertThat(past.status()).isEqualTo(400);
            assertThat(past.json().path("errors").get(0).path("field").asText()).isEqualTo("date");
            Api.Res scheduled = glassLogin.post(
                    "/subletOrders/" + order + "/schedule",
                    obj("date", today.plusDays(2).toString()));
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
            assertThat(scheduled.json().path("status").asText()).isEqualTo("SCHEDULED");
            assertThat(scheduled.json().path("scheduledOn").asText())
                    .isEqualTo(today.plusDays(2).toString());

            // completes: notes and cost required; the claim resolves
            Api.Res noNotes = glassLogin.post("/subletOrders/" + order + "/complete", obj("cost", 120_000));
            assertThat(noNotes.status()).isEqualTo(400);
            assertThat(noNotes.json().path("errors").get(0).path("field").asText())
                    .isEqualTo("notes");
            Api.Res done = glassLogin.post(
                    "/subletOrders/" + order + "/complete",
                    obj("notes", "실링 재시공", "cost", 120_000, "vendorInvoiceNumber", "GN-0412"));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            assertThat(done.json().path("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.json().path("cost").asLong()).isEqualTo(120_000);
            assertThat(boss.get("/warrantyClaims/" + claim)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("RESOLVED");
            // the customer-facing views: the visit's board row and the car's history
            JsonNode row = counter.get("/statusPages/" + original).json();
            assertThat(row.path("warrantyClaimId").asLong()).isEqualTo(claim);
            assertThat(row.path("warrantyStatus").asText()).isEqualTo("RESOLVED");
            JsonNode visit = counter.get("/vehicles/" + car + "/history")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(visit.path("receiptId").asLong()).isEqualTo(original);
            assertThat(visit.path("comebacks")).hasSize(1);
            assertThat(visit.path("comebacks").get(0).path("status").asText()).isEqualTo("RESOLVED");
            assertThat(visit.path("comebacks").get(0).path("coverage").asText()).isEqualTo("WARRANTY");
            assertThat(glassLogin
                            .post("/subletOrders/" + order + "/complete", obj("notes", "again", "cost", 1))
                            .status())
                    .isEqualTo(409);

            // its stream: its own order's events in full, every other event a stub; seq gapless
            long last = boss.lastSeq();
            stream.awaitSeq(last, Duration.ofSeconds(10));
            List<String> own = new ArrayList<>();
            long expected = stream.events().get(0).path("seq").asLong();
            for (JsonNode e : stream.events()) {
                assertThat(e.path("seq").asLong()).isEqualTo(expected++);
                String type = e.path("type").asText();
                if (type.startsWith("Sublet")) {
                    own.add(type);
                    assertThat(e.path("data").path("supplierId").asLong()).isEqualTo(glass);
                } else {
                    assertThat(e.path("data").isNull() || e.path("data").isMissingNode())
                            .as("a stub: " + e)
                            .isTrue();
                    assertThat(e.path("receiptId").isNull()
                                    || e.path("receiptId").isMissingNode())
                            .isTrue();
                }
            }
            assertThat(own).containsExactly("SubletOrdered", "SubletScheduled", "SubletCompleted");
            assertThat(stream.events().toString()).doesNotContain("정우성").doesNotContain(PHONE);
        }
    }

    @Test
    void theCustomerCancelsAndTheContractorsOrderIsCancelledInTheSameTransactionSeenAtOnce() throws Exception {
        long claim = claimSentToGlass();
        long order = boss.get("/warrantyClaims/" + claim)
                .json()
                .path("subletOrderId")
                .asLong();
        try (EventClient stream = EventClient.connect(glassLogin, boss.lastSeq())) {
            Api.Res cancelled = counter.post("/warrantyClaims/" + claim + "/cancel", obj("reason", "고객이 다른 곳에서 수리"));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
            stream.awaitSeq(boss.lastSeq(), Duration.ofSeconds(10));
            assertThat(stream.events().stream().map(e -> e.path("type").asText()))
                    .contains("SubletCancelled");
        }
        JsonNode o = glassLogin.get("/subletOrders/" + order).json();
        assertThat(o.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(counter.get("/statusPages/" + original)
                        .json()
                        .path("warrantyStatus")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(o.path("cancelReason").asText()).contains("고객이 다른 곳에서 수리");
        assertThat(glassLogin
                        .post(
                                "/subletOrders/" + order + "/schedule",
                                obj("date", LocalDate.now(SEOUL).toString()))
                        .status())
                .as("a cancelled order cannot be scheduled")
                .isEqualTo(409);
        assertThat(glassLogin.get("/subletOrders?status=CANCELLED").json().path("items"))
                .hasSize(1);
    }

    @Test
    void aBillableComebackDoneByTheContractorIsInvoicedWhenTheOrderIsCompleted() {
        long original = repaired();
        long priced = counter.post(
                        "/warrantyClaims",
                        obj("originalReceiptId", original, "complaint", "앞유리 돌빵", "mileageKm", 8_500))
                .id();
        long atCost = counter.post(
                        "/warrantyClaims",
                        obj("originalReceiptId", original, "complaint", "사이드미러 유리", "mileageKm", 8_500))
                .id();
        for (long claim : new long[] {priced, atCost}) {
            assertThat(boss.post(
                                    "/warrantyClaims/" + claim + "/coverage",
                                    obj("coverage", "BILLABLE", "reason", "외부 충격 (stone chip, not our work)"))
                            .status())
                    .isEqualTo(200);
        }
        java.math.BigDecimal bookedBefore = boss.get("/mechanics/" + kimId + "/capacity")
                .json()
                .path("bookedHours")
                .decimalValue();
        boss.post(
                "/warrantyClaims/" + priced + "/assign",
                obj("supplierId", glass, "reasonCode", "OTHER", "price", 150_000));
        boss.post("/warrantyClaims/" + atCost + "/assign", obj("supplierId", glass, "reasonCode", "OTHER"));
        long pricedOrder = boss.get("/warrantyClaims/" + priced)
                .json()
                .path("subletOrderId")
                .asLong();
        long atCostOrder = boss.get("/warrantyClaims/" + atCost)
                .json()
                .path("subletOrderId")
                .asLong();
        assertThat(glassLogin
                        .get("/subletOrders/" + atCostOrder)
                        .json()
                        .path("price")
                        .isNull())
                .as("priced at cost: not known until the contractor completes")
                .isTrue();
        glassLogin.post("/subletOrders/" + pricedOrder + "/complete", obj("notes", "앞유리 교환", "cost", 110_000));
        glassLogin.post("/subletOrders/" + atCostOrder + "/complete", obj("notes", "미러 유리 교환", "cost", 30_000));
        for (long[] c : new long[][] {{priced, 150_000}, {atCost, 30_000}}) {
            JsonNode claim = boss.get("/warrantyClaims/" + c[0]).json();
            assertThat(claim.path("status").asText()).isEqualTo("RESOLVED");
            long receipt = claim.path("receiptId").asLong();
            assertThat(receipt).as("billed through a visit of its own").isPositive();
            JsonNode visit = counter.get("/receipts/" + receipt).json();
            assertThat(visit.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(visit.path("customerId").asLong()).isEqualTo(customer);
            JsonNode invoice =
                    counter.get("/invoices/" + visit.path("invoiceId").asLong()).json();
            assertThat(invoice.path("lines")).hasSize(1);
            JsonNode line = invoice.path("lines").get(0);
            assertThat(line.path("kind").asText()).isEqualTo("SUBLET");
            assertThat(line.path("amount").asLong()).isEqualTo(c[1]);
            assertThat(invoice.path("subtotal").asLong()).isEqualTo(c[1]);
            assertThat(invoice.path("total").asLong())
                    .isEqualTo(c[1] + invoice.path("tax").asLong())
                    .isGreaterThan(c[1]);
            assertThat(counter.get("/statusPages/" + receipt)
                            .json()
                            .path("warrantyStatus")
                            .asText())
                    .isEqualTo("RESOLVED");
        }
        assertThat(boss.get("/mechanics/" + kimId + "/capacity")
                        .json()
                        .path("bookedHours")
                        .decimalValue())
                .as("no hours on anyone's day for the contractor's work")
                .isEqualByComparingTo(bookedBefore)
                .isEqualByComparingTo("1");
    }

    @Test
    void aJobsSubletIsBilledAsASubletLineAndTheJobWaitsForIt() {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "mechanicId", kimId,
                        "estimatedHours", "1",
                        "request", "하체 소음 점검"));
        long job = r.json().path("jobId").asLong();
        Api.Res sent = counter.post(
                "/jobs/" + job + "/sublets",
                obj("supplierId", align, "description", "휠 얼라인먼트", "cost", 40_000, "price", 55_000));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long order = sent.id();
        assertThat(sent.json().path("jobId").asLong()).isEqualTo(job);
        assertThat(sent.json().path("receiptId").asLong()).isEqualTo(r.id());
        boss.post("/jobs/" + job + "/start", null);
        Api.Res early = boss.post("/jobs/" + job + "/finish", obj("laborHours", "1"));
        assertThat(early.status())
                .as("the car is not done until the work is back")
                .isEqualTo(409);
        assertThat(early.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("subletOrderId")
                        .asLong())
                .isEqualTo(order);
        // the glass contractor cannot see or touch another supplier's order
        assertThat(glassLogin.get("/subletOrders/" + order).status()).isEqualTo(404);
        assertThat(glassLogin
                        .post("/subletOrders/" + order + "/complete", obj("notes", "x", "cost", 1))
                        .status())
                .isEqualTo(404);
        assertThat(glassLogin.get("/subletOrders?supplierId=" + align).json().path("items"))
                .isEmpty();
        assertThat(boss.post("/subletOrders/" + order + "/complete", obj("notes", "토우 조정", "cost", 42_000))
                        .status())
                .isEqualTo(200);
        Api.Res finished = boss.post("/jobs/" + job + "/finish", obj("laborHours", "1"));
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        JsonNode invoice = boss.get(
                        "/invoices/" + finished.json().path("invoiceId").asLong())
                .json();
        JsonNode sublet = null;
        for (JsonNode line : invoice.path("lines")) {
            if (line.path("kind").asText().equals("SUBLET")) {
                sublet = line;
            }
        }
        assertThat(sublet).as(invoice.toString()).isNotNull();
        assertThat(sublet.path("amount").asLong())
                .as("billed at its price, not its cost")
                .isEqualTo(55_000);
        assertThat(sublet.path("description").asText()).contains("휠 얼라인먼트");
        long lines = 0;
        for (JsonNode line : invoice.path("lines")) {
            lines += line.path("amount").asLong();
        }
        assertThat(invoice.path("subtotal").asLong()).isEqualTo(lines);
    }

    @Test
    void cancellingTheReceiptWithdrawsItsOpenOrders() {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "mechanicId", kimId,
                        "estimatedHours", "1",
                        "request", "유리 교환"));
        long job = r.json().path("jobId").asLong();
        long order = counter.post(
                        "/jobs/" + job + "/sublets",
                        obj("supplierId", glass, "description", "앞유리", "cost", 150_000, "price", 190_000))
                .id();
        assertThat(counter.post("/subletOrders/" + order + "/cancel", obj()).status())
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(counter.post("/receipts/" + r.id() + "/cancel", obj("reason", "고객 취소"))
                        .status())
                .isEqualTo(200);
        assertThat(glassLogin
                        .get("/subletOrders/" + order)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aContractorReachesNothingElseAndBadInputNamesTheField() {
        for (String path : List.of("/receipts", "/customers", "/vehicles", "/jobs", "/warrantyClaims", "/events")) {
            assertThat(glassLogin.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(glassLogin.get("/me").json().path("user").path("role").asText())
                .isEqualTo("CONTRACTOR");
        Api.Res noSupplier =
                boss.post("/users", obj("username", "nobody", "password", "password-1", "role", "CONTRACTOR"));
        assertThat(noSupplier.status()).isEqualTo(400);
        assertThat(noSupplier.json().path("errors").get(0).path("field").asText())
                .isEqualTo("supplierId");
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "mechanicId", kimId,
                        "estimatedHours", "1",
                        "request", "점검"));
        long job = r.json().path("jobId").asLong();
        assertThat(glassLogin
                        .post("/jobs/" + job + "/sublets", obj("supplierId", glass, "cost", 1, "price", 1))
                        .status())
                .isEqualTo(403);
        Api.Res negative = counter.post(
                "/jobs/" + job + "/sublets", obj("supplierId", glass, "description", "x", "cost", -1, "price", 1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("errors").get(0).path("field").asText()).isEqualTo("cost");
        Api.Res unknown = counter.post(
                "/jobs/" + job + "/sublets", obj("supplierId", 999, "description", "x", "cost", 1, "price", 1));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("supplierId");

        // every new POST honours its Idempotency-Key: one order, one event
        Map<String, String> key = Map.of("Idempotency-Key", "sublet-1");
        Object body = obj("supplierId", glass, "description", "앞유리", "cost", 1_000, "price", 2_000);
        long before = boss.lastSeq();
        Api.Res a = counter.post("/jobs/" + job + "/sublets", body, key);
        Api.Res b = counter.post("/jobs/" + job + "/sublets", body, key);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(boss.lastSeq()).isEqualTo(before + 1);
        String day = LocalDate.now(SEOUL).plusDays(1).toString();
        Map<String, String> key2 = Map.of("Idempotency-Key", "sched-1");
        glassLogin.post("/subletOrders/" + a.id() + "/schedule", obj("date", day), key2);
        long afterSchedule = boss.lastSeq();
        assertThat(glassLogin
                        .post("/subletOrders/" + a.id() + "/schedule", obj("date", day), key2)
                        .status())
                .isEqualTo(200);
        assertThat(boss.lastSeq()).isEqualTo(afterSchedule);
        Map<String, String> key3 = Map.of("Idempotency-Key", "done-1");
        Object doneBody = obj("notes", "끝", "cost", 1_000);
        glassLogin.post("/subletOrders/" + a.id() + "/complete", doneBody, key3);
        long afterDone = boss.lastSeq();
        assertThat(glassLogin
                        .post("/subletOrders/" + a.id() + "/complete", doneBody, key3)
                        .status())
                .isEqualTo(200);
        assertThat(boss.lastSeq()).isEqualTo(afterDone);
    }
}
