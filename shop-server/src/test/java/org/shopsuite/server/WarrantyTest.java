package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.WarrantyWindow;
import org.shopsuite.server.service.shop.ShopService;
import org.shopsuite.server.service.warranty.WarrantyService;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 20 (first part): comebacks of earlier repairs, their coverage by the free re-repair
 * windows (at their edges), the re-repair assigned to a mechanic through the capacity check and
 * invoiced at no charge when under warranty, the customer's cancel, a manager's override.
 */
class WarrantyTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.now());
    TestServer server;
    Api boss;
    Api counter;
    long kimId;
    long customer;
    long car;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir, clock, false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        customer = counter.post("/customers", obj("name", "정우성", "phones", List.of("010-7777-8888")))
                .id();
        car = counter.post(
                        "/vehicles",
                        obj(
                                "plate",
                                "12가 3456",
                                "customerId",
                                customer,
                                "firstRegisteredOn",
                                LocalDate.now(SEOUL).minusMonths(5).toString()))
                .id();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** A finished repair of the car: its receipt id. */
    private long repaired(String hours, int km) {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "vehicle", Map.of("mileageKm", km),
                        "mechanicId", kimId,
                        "estimatedHours", hours,
                        "request", "브레이크 패드 교환"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        finish(r.json().path("jobId").asLong(), hours);
        return r.id();
    }

    private void finish(long job, String hours) {
        assertThat(boss.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        Api.Res done = boss.post("/jobs/" + job + "/finish", obj("laborHours", hours));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private Api.Res register(long receipt, int km) {
        return counter.post(
                "/warrantyClaims", obj("originalReceiptId", receipt, "complaint", "브레이크 소음 재발", "mileageKm", km));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case, first registered, repair finished, released, km at the repair, claim day, coverage, window days
        "1 year less a day old: 90 days,    2025-01-10, 2026-01-09,          , 50000, 2026-04-09, WARRANTY, 90",
        "day 91 of 90 is not covered,       2025-01-10, 2026-01-09,          , 50000, 2026-04-10, BILLABLE, 90",
        "1 year old and 20000 km: 90 days,    2025-01-10, 2026-01-10,          , 20000, 2026-04-10, WARRANTY, 90",
        "1 year old and 20001 km: 60 days,    2025-01-10, 2026-01-10,          , 20001, 2026-04-10, BILLABLE, 60",
        "under 3 years: 60 days to the day, 2024-01-10, 2026-01-09,          , 90000, 2026-03-10, WARRANTY, 60",
        "3 years and 60001 km: 30 days,       2023-01-09, 2026-01-09,          , 60001, 2026-02-08, WARRANTY, 30",
        "counted from the release,          2023-01-09, 2026-01-09, 2026-01-20, 60001, 2026-02-19, WARRANTY, 30",
        "release + 31 is not covered,       2023-01-09, 2026-01-09, 2026-01-20, 60001, 2026-02-20, BILLABLE, 30",
        "age and mileage unknown: 30 days,            , 2026-01-09,          ,      , 2026-02-08, WARRANTY, 30",
        "unknown age and 15000 km: 90 days,             , 2026-01-09,          , 15000, 2026-04-09, WARRANTY, 90",
    })
    void coverageFollowsTheWindowsExactlyAtTheirEdges(
            String name,
            LocalDate registered,
            LocalDate finished,
            LocalDate released,
            Integer km,
            LocalDate claimed,
            Coverage coverage,
            int days) {
        WarrantyService.Decision d =
                WarrantyService.decide(ShopService.LEGAL_WINDOWS, finished, released, registered, km, claimed);
        assertThat(d.coverage()).as(d.reason()).isEqualTo(coverage);
        assertThat(d.days()).isEqualTo(days);
        assertThat(d.endsOn()).isEqualTo((released == null ? finished : released).plusDays(days));
    }

    @Test
    void windowsThatFitNoCarCoverNothing() {
        WarrantyService.Decision d = WarrantyService.decide(
                List.of(new WarrantyWindow(12, null, 90)),
                LocalDate.of(2026, 1, 9),
                null,
                LocalDate.of(2020, 1, 1),
                5000,
                LocalDate.of(2026, 1, 10));
        assertThat(d.coverage()).isEqualTo(Coverage.BILLABLE);
        assertThat(d.reason()).contains("no warranty window");
    }

    @Test
    void aComebackUnderWarrantyIsReRepairedAtNoChargeAndResolvesWhenItsJobIsDone() {
        long original = repaired("2", 12_000);
        Api.Res claim = register(original, 12_600);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        JsonNode c = claim.json();
        assertThat(c.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(c.path("coverage").asText()).isEqualTo("WARRANTY");
        assertThat(c.path("windowDays").asInt()).isEqualTo(90);
        assertThat(c.path("windowEndsOn").asText())
                .isEqualTo(LocalDate.now(SEOUL).plusDays(90).toString());
        assertThat(c.path("plate").asText()).isEqualTo("12가3456");

        Api.Res assigned = boss.post(
                "/warrantyClaims/" + claim.id() + "/assign",
                obj("mechanicId", kimId, "reasonCode", "WORKMANSHIP", "estimatedHours", "1"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("status").asText()).isEqualTo("ASSIGNED");
        long receipt = assigned.json().path("receiptId").asLong();
        long job = assigned.json().path("jobId").asLong();
        assertThat(counter.get("/receipts/" + receipt).json().path("request").asText())
                .contains("재정비")
                .contains("브레이크 소음 재발");
        finish(job, "1.5");
        JsonNode invoice = counter.get("/invoices/"
                        + counter.get("/receipts/" + receipt)
                                .json()
                                .path("invoiceId")
                                .asLong())
                .json();
        assertThat(invoice.path("total").asLong()).isZero();
        assertThat(invoice.path("status").asText())
                .as("a total of 0 is PAID at issue")
                .isEqualTo("PAID");
        assertThat(invoice.path("lines").get(0).path("description").asText()).startsWith("무상");
        assertThat(invoice.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(counter.get("/statusPages/" + receipt)
                        .json()
                        .path("invoiceStatus")
                        .asText())
                .isEqualTo("PAID");
        assertThat(counter.get("/warrantyClaims/" + claim.id())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("RESOLVED");
        assertThat(counter.get("/warrantyClaims?status=RESOLVED&vehicleId=" + car)
                        .json()
                        .path("items"))
                .hasSize(1);
        // the board rows of the re-repair and of the original visit, and the car's history
        for (long row : new long[] {receipt, original}) {
            JsonNode page = counter.get("/statusPages/" + row).json();
            assertThat(page.path("warrantyClaimId").asLong())
                    .as(page.toString())
                    .isEqualTo(claim.id());
            assertThat(page.path("warrantyStatus").asText()).isEqualTo("RESOLVED");
        }
        JsonNode history = counter.get("/vehicles/" + car + "/history").json().path("items");
        assertThat(history.get(0).path("receiptId").asLong()).isEqualTo(receipt);
        assertThat(history.get(0).path("warrantyClaimId").asLong()).isEqualTo(claim.id());
        assertThat(history.get(1).path("comebacks").get(0).path("claimId").asLong())
                .isEqualTo(claim.id());
        assertThat(boss.get("/jobs/" + job).json().path("warrantyCoverage").asText())
                .as("the mechanic's job is marked")
                .isEqualTo("WARRANTY");
    }

    @Test
    void pastTheWindowItIsBillableUnlessAManagerOverridesItWithAReason() {
        long original = repaired("1", 30_000); // 5 months old: 90 days
        clock.advance(Duration.ofDays(91));
        boss = Shop.admin(server); // the sessions of 91 days ago have expired
        counter = boss.as("counter", "password-1");
        JsonNode c = register(original, 31_000).json();
        assertThat(c.path("coverage").asText()).isEqualTo("BILLABLE");
        assertThat(c.path("coverageReason").asText()).contains("after the 90-day window");
        long id = c.path("id").asLong();
        assertThat(counter.post("/warrantyClaims/" + id + "/coverage", obj("coverage", "WARRANTY", "reason", "단골"))
                        .status())
                .isEqualTo(403);
        assertThat(boss.post("/warrantyClaims/" + id + "/coverage", obj("coverage", "WARRANTY"))
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("reason");
        long seq = boss.lastSeq();
        Api.Res over = boss.post("/warrantyClaims/" + id + "/coverage", obj("coverage", "WARRANTY", "reason", "단골 고객"));
        assertThat(over.status()).as(over.toString()).isEqualTo(200);
        assertThat(over.json().path("coverage").asText()).isEqualTo("WARRANTY");
        assertThat(over.json().path("overriddenBy").asText()).isEqualTo("admin");
        JsonNode audit = boss.get("/events?since=" + seq).json().path("items").get(0);
        assertThat(audit.path("type").asText()).isEqualTo("WarrantyCoverageOverridden");
        assertThat(audit.path("data").path("from").asText()).isEqualTo("BILLABLE");
        assertThat(audit.path("actor").asText()).isEqualTo("admin");
    }

    @Test
    void aReRepairThatDoesNotFitIsStoredRejectedAndTheClaimWaitsAndACancelGivesTheHoursBack() {
        long original = repaired("1", 8_000);
        long id = register(original, 8_100).id();
        LocalDate day = LocalDate.now(SEOUL).plusDays(2);
        Api.Res tooLong = boss.post(
                "/warrantyClaims/" + id + "/assign",
                obj("mechanicId", kimId, "reasonCode", "PART_DEFECT", "date", day.toString(), "estimatedHours", "9"));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(200);
        assertThat(tooLong.json().path("status").asText()).isEqualTo("REGISTERED");
        long rejected = tooLong.json().path("rejectedReceiptId").asLong();
        assertThat(counter.get("/receipts/" + rejected).json().path("status").asText())
                .isEqualTo("REJECTED");
        assertThat(tooLong.json().path("rejectionReason").isNull()).isFalse();

        Api.Res fits = boss.post(
                "/warrantyClaims/" + id + "/assign",
                obj("mechanicId", kimId, "reasonCode", "PART_DEFECT", "date", day.toString(), "estimatedHours", "3"));
        assertThat(fits.json().path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(booked(day)).isEqualByComparingTo("3");
        assertThat(boss.post(
                                "/warrantyClaims/" + id + "/assign",
                                obj("mechanicId", kimId, "reasonCode", "OTHER", "estimatedHours", "1"))
                        .status())
                .isEqualTo(409);

        Api.Res cancelled = counter.post("/warrantyClaims/" + id + "/cancel", obj("reason", "다른 곳에서 수리"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(booked(day)).as("the hours came back").isEqualByComparingTo("0");
        assertThat(counter.get("/receipts/" + fits.json().path("receiptId").asLong())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(counter.post("/warrantyClaims/" + id + "/cancel", obj("reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndEveryPostHonoursItsIdempotencyKey() {
        long original = repaired("1", 8_000);
        assertThat(field(register(original, 7_999))).isEqualTo("mileageKm");
        assertThat(field(register(999, 8_000))).isEqualTo("originalReceiptId");
        assertThat(counter.post("/warrantyClaims", obj("originalReceiptId", original, "mileageKm", 9_000))
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("complaint");
        long open = counter.post(
                        "/receipts",
                        obj(
                                "customerId", customer,
                                "vehicleId", car,
                                "mechanicId", kimId,
                                "estimatedHours", "1",
                                "request", "점검"))
                .id();
        assertThat(register(open, 9_000).status())
                .as("a comeback is of finished work")
                .isEqualTo(409);
        Map<String, String> key = Map.of("Idempotency-Key", "claim-1");
        Object body = obj("originalReceiptId", original, "complaint", "소음", "mileageKm", 8_500);
        Api.Res a = counter.post("/warrantyClaims", body, key);
        Api.Res b = counter.post("/warrantyClaims", body, key);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(counter.get("/warrantyClaims").json().path("items")).hasSize(1);
        Api.Res contractor = boss.post(
                "/warrantyClaims/" + a.id() + "/assign",
                obj("supplierId", 1, "reasonCode", "OTHER", "estimatedHours", "1"));
        assertThat(field(contractor)).isEqualTo("supplierId");
    }

    private static String field(Api.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        return r.json().path("errors").get(0).path("field").asText();
    }

    private java.math.BigDecimal booked(LocalDate day) {
        return boss.get("/mechanics/" + kimId + "/capacity?date=" + day)
                .json()
                .path("bookedHours")
                .decimalValue();
    }
}
