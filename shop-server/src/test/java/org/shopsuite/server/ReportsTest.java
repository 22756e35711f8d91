package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 21, the manager's numbers against a small shop month built by hand (November 2026 in
 * Asia/Seoul): every figure of the daily close, the technicians, sales by week and receivables is
 * the one computed in the comments, rounding included.
 */
class ReportsTest {
    @TempDir
    Path dir;

    /** 2026-11-02 09:00 in Seoul, a Monday. */
    MutableClock clock = new MutableClock(Instant.parse("2026-11-02T00:00:00Z"));

    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    Api lee;
    long kimId;
    long leeId;
    long oil;
    long pad;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir, clock, false);
        boss = Shop.admin(server);
        JsonNode shop = boss.get("/shop").json();
        ObjectNode settings = (ObjectNode) shop;
        settings.put("laborRatePerHour", 50_000);
        settings.put("taxRatePercent", 10);
        settings.put("timezone", "Asia/Seoul");
        settings.put("openingCashFloat", 100_000);
        settings.put("laborCostPerHour", 20_000);
        Api.Res put = boss.put(
                "/shop",
                settings,
                Map.of("If-Match", "\"" + shop.path("version").asLong() + "\""));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().path("openingCashFloat").asLong()).isEqualTo(100_000);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        leeId = Shop.mechanic(boss, "이서준", "8");
        kim = Shop.user(boss, "kim", "MECHANIC", kimId);
        lee = Shop.user(boss, "lee", "MECHANIC", leeId);
        oil = part("OIL-1", "엔진오일", 6_000, 10_000);
        pad = part("PAD-1", "브레이크 패드", 30_000, 55_000);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private long part(String id, String name, long cost, long price) {
        Api.Res r = boss.post(
                "/vehicleParts",
                obj("partId", id, "partName", name, "stock", 50, "partPrice", price, "costPrice", cost));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private void at(String instant) {
        Instant to = Instant.parse(instant);
        Duration by = Duration.between(clock.instant(), to);
        clock.advance(by);
        if (by.toHours() >= 8) {
            // days later: everyone logs in again (sessions end when idle)
            boss = Shop.admin(server);
            counter = boss.as("counter", "password-1");
            kim = boss.as("kim", "password-1");
            lee = boss.as("lee", "password-1");
        }
    }

    private JsonNode receipt(long mechanic, String hours, String plate) {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerName",
                        "홍길동",
                        "customerPhone",
                        "010-1234-5678",
                        "carId",
                        plate,
                        "mechanicId",
                        mechanic,
                        "estimatedHours",
                        hours,
                        "request",
                        "점검"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static void ok(Api.Res r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    private void pay(long invoice, long amount, String method) {
        ok(counter.post("/invoices/" + invoice + "/payments", obj("amount", amount, "method", method)));
    }

    /** Builds the month; returns the ids the checks need. */
    private long[] month() {
        // Mon 11-02 09:00 KST: kim clocks in and starts R1
        ok(kim.post("/mechanics/" + kimId + "/clock/in", null));
        JsonNode r1 = receipt(kimId, "2", "12가 3456");
        long j1 = r1.path("jobId").asLong();
        ok(kim.post("/jobs/" + j1 + "/start", null));
        ok(kim.post("/jobs/" + j1 + "/partRequests", obj("vehiclePartId", oil, "quantity", 2)));
        at("2026-11-02T01:00:00Z"); // 10:00: waiting for parts for 30 minutes
        ok(kim.post("/jobs/" + j1 + "/clock/pause", obj("reason", "WAITING_PARTS")));
        at("2026-11-02T01:30:00Z");
        ok(kim.post("/jobs/" + j1 + "/clock/resume", null));
        at("2026-11-02T02:30:00Z"); // 11:30: 1.5 h billed; I1 = 75,000 + 20,000 = 95,000 + 9,500 = 104,500
        Api.Res f1 = kim.post("/jobs/" + j1 + "/finish", obj("laborHours", "1.5"));
        ok(f1);
        long i1 = f1.json().path("invoiceId").asLong();
        pay(i1, 104_500, "CASH");
        ok(counter.post("/receipts/" + r1.path("id").asLong() + "/release", null));

        // 13:00 lee starts R2 (clocked in by the job), 14:00 finishes with 2 h billed:
        // I2 = 100,000 + 10,000 = 110,000, half paid by card
        at("2026-11-02T04:00:00Z");
        long j2 = receipt(leeId, "1", "34나 7890").path("jobId").asLong();
        ok(lee.post("/jobs/" + j2 + "/start", null));
        at("2026-11-02T05:00:00Z");
        Api.Res f2 = lee.post("/jobs/" + j2 + "/finish", obj("laborHours", "2"));
        ok(f2);
        long i2 = f2.json().path("invoiceId").asLong();
        pay(i2, 50_000, "CARD");

        // 15:00: a bottle of oil over the counter (11,000 cash) and 3,000 points for cash
        at("2026-11-02T06:00:00Z");
        ok(counter.post(
                "/counterSales",
                obj(
                        "lines",
                        List.of(Map.of("vehiclePartId", oil, "quantity", 1)),
                        "payment",
                        Map.of("amount", 11_000, "method", "CASH"))));
        long customer = counter.get("/receipts/" + r1.path("id").asLong())
                .json()
                .path("customerId")
                .asLong();
        ok(counter.post(
                "/customers/" + customer + "/points/purchases",
                obj("points", 3_000, "amount", 3_000, "method", "CASH")));
        at("2026-11-02T08:00:00Z"); // 17:00 lee out (4 h), 18:00 kim out (9 h)
        ok(lee.post("/mechanics/" + leeId + "/clock/out", null));
        at("2026-11-02T09:00:00Z");
        ok(kim.post("/mechanics/" + kimId + "/clock/out", null));

        // Tue 11-10 09:00: R3 with an estimate of 130,000 of which 105,000 approved (1.5 h presented, 1 h sold)
        at("2026-11-10T00:00:00Z");
        JsonNode r3 = receipt(kimId, "1", "56다 1234");
        ArrayNode lines = Api.JSON.createArrayNode();
        lines.add(obj("kind", "LABOR", "description", "패드 교환", "hours", "1"));
        lines.add(obj(
                "kind", "PART", "description", "브레이크 패드", "quantity", "1", "unitPrice", 55_000, "vehiclePartId", pad));
        lines.add(obj("kind", "LABOR", "description", "휠 얼라인먼트", "hours", "0.5"));
        Api.Res e = counter.post("/receipts/" + r3.path("id").asLong() + "/estimates", obj("lines", lines));
        ok(e);
        Api.Res presented = counter.post("/estimates/" + e.id() + "/present", null);
        ok(presented);
        ArrayNode d = Api.JSON.createArrayNode();
        String[] decisions = {"APPROVED", "APPROVED", "DECLINED"};
        for (int i = 0; i < 3; i++) {
            d.add(obj("lineId", presented.json().path("lines").get(i).path("id").asLong(), "decision", decisions[i]));
        }
        ok(counter.post(
                "/estimates/" + e.id() + "/approvals",
                obj("decisions", d, "method", "IN_PERSON", "customerName", "홍길동")));
        long j3 = r3.path("jobId").asLong();
        ok(kim.post("/jobs/" + j3 + "/start", null));
        ok(kim.post("/jobs/" + j3 + "/partRequests", obj("vehiclePartId", pad, "quantity", 1)));
        at("2026-11-10T01:00:00Z"); // 10:00: I3 = 50,000 + 55,000 = 105,000 + 10,500 = 115,500, unpaid
        Api.Res f3 = kim.post("/jobs/" + j3 + "/finish", obj("laborHours", "1"));
        ok(f3);
        long i3 = f3.json().path("invoiceId").asLong();
        // R1's car is back: a comeback
        Api.Res claim = counter.post(
                "/warrantyClaims",
                obj("originalReceiptId", r1.path("id").asLong(), "complaint", "오일 누유", "mileageKm", 50_100));
        ok(claim);
        at("2026-11-10T03:00:00Z"); // 12:00 kim out (3 h)
        ok(kim.post("/mechanics/" + kimId + "/clock/out", null));
        return new long[] {i1, i2, i3};
    }

    private static JsonNode method(JsonNode list, String method) {
        for (JsonNode m : list) {
            if (m.path("method").asText().equals(method)) {
                return m;
            }
        }
        throw new AssertionError(method + " not in " + list);
    }

    @Test
    void theMonthsFiguresAreTheOnesComputedByHand() {
        long[] invoices = month();

        // ---- the daily close of Monday 11-02
        JsonNode day = boss.get("/reports/dailyClose?date=2026-11-02").json();
        assertThat(method(day.path("payments"), "CASH").path("amount").asLong()).isEqualTo(104_500);
        assertThat(method(day.path("payments"), "CARD").path("amount").asLong()).isEqualTo(50_000);
        assertThat(day.path("refunds")).isEmpty();
        JsonNode inv = day.path("invoices");
        assertThat(inv.path("issued").asInt()).isEqualTo(2);
        assertThat(inv.path("subtotal").asLong()).isEqualTo(195_000);
        assertThat(inv.path("tax").asLong()).isEqualTo(19_500);
        assertThat(inv.path("total").asLong()).isEqualTo(214_500);
        assertThat(inv.path("unpaid").asInt()).isEqualTo(1);
        assertThat(inv.path("unpaidAmount").asLong()).isEqualTo(60_000);
        assertThat(day.path("counterSales").path("total").asLong()).isEqualTo(11_000);
        assertThat(day.path("points").path("soldPoints").asLong()).isEqualTo(3_000);
        JsonNode cash = day.path("cash");
        // 100,000 + 104,500 + 11,000 + 3,000 - 0
        assertThat(cash.path("expected").asLong()).isEqualTo(218_500);
        assertThat(day.path("close").isNull()).isTrue();
        assertThat(day.path("formulas").path("cash.expected").asText()).contains("openingFloat");
        assertThat(boss.get("/reports/dailyClose?date=2026-11-03")
                        .json()
                        .path("invoices")
                        .path("issued")
                        .asInt())
                .as("11-03 is another day")
                .isZero();

        // ---- technicians over the month
        JsonNode tech =
                boss.get("/reports/technicians?from=2026-11-01&to=2026-11-30").json();
        JsonNode k = tech.path("items").get(0);
        assertThat(k.path("name").asText()).isEqualTo("김민수");
        assertThat(k.path("attendedHours").decimalValue()).isEqualByComparingTo("12.00"); // 9 + 3
        assertThat(k.path("clockedHours").decimalValue()).isEqualByComparingTo("3.00"); // 1 + 1 + 1
        assertThat(k.path("billedHours").decimalValue()).isEqualByComparingTo("2.50"); // 1.5 + 1
        assertThat(k.path("efficiencyPercent").decimalValue()).isEqualByComparingTo("83.3"); // 2.5 / 3
        assertThat(k.path("productivityPercent").decimalValue()).isEqualByComparingTo("25.0"); // 3 / 12
        assertThat(k.path("proficiencyPercent").decimalValue()).isEqualByComparingTo("20.8"); // 2.5 / 12
        assertThat(k.path("pauseHours").path("WAITING_PARTS").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(k.path("pauseHours").path("BREAK").decimalValue()).isEqualByComparingTo("0");
        JsonNode l = tech.path("items").get(1);
        assertThat(l.path("attendedHours").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(l.path("clockedHours").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(l.path("billedHours").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(l.path("efficiencyPercent").decimalValue()).isEqualByComparingTo("200.0");
        assertThat(l.path("proficiencyPercent").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode oneDay = boss.get("/reports/technicians?from=2026-11-10&to=2026-11-10&mechanicId=" + kimId)
                .json();
        assertThat(oneDay.path("items")).hasSize(1);
        assertThat(oneDay.path("items").get(0).path("attendedHours").decimalValue())
                .isEqualByComparingTo("3.00");

        // ---- sales by week: Sun 11-01 is in the week of 10-26; 11-30 starts a week of its own
        JsonNode sales = boss.get("/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=week")
                .json();
        JsonNode periods = sales.path("periods");
        assertThat(periods).hasSize(6);
        assertThat(periods.get(0).path("period").asText()).isEqualTo("2026-10-26");
        assertThat(periods.get(0).path("from").asText()).isEqualTo("2026-11-01");
        assertThat(periods.get(5).path("to").asText()).isEqualTo("2026-11-30");
        JsonNode w1 = periods.get(1);
        assertThat(w1.path("repairOrders").asInt()).isEqualTo(2);
        assertThat(w1.path("sales").asLong()).isEqualTo(195_000);
        assertThat(w1.path("averageRepairOrder").asLong()).isEqualTo(97_500);
        assertThat(w1.path("billedHours").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(w1.path("hoursPerRepairOrder").decimalValue()).isEqualByComparingTo("1.75");
        assertThat(w1.path("effectiveLaborRate").asLong()).isEqualTo(50_000); // 175,000 / 3.5
        assertThat(w1.path("laborSales").asLong()).isEqualTo(175_000);
        assertThat(w1.path("partsSales").asLong()).isEqualTo(20_000);
        assertThat(w1.path("laborCost").asLong()).isEqualTo(70_000); // 3.5 x 20,000
        assertThat(w1.path("partsCost").asLong()).isEqualTo(12_000); // 2 x 6,000
        assertThat(w1.path("laborGpPercent").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(w1.path("partsGpPercent").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(w1.path("grossProfit").asLong()).isEqualTo(113_000);
        assertThat(w1.path("gpPercent").decimalValue()).isEqualByComparingTo("57.9"); // 57.948...
        assertThat(w1.path("counterSales").asInt()).isEqualTo(1);
        assertThat(w1.path("counterSalesAmount").asLong()).isEqualTo(10_000);
        assertThat(w1.path("counterSalesCost").asLong()).isEqualTo(6_000);
        JsonNode w2 = periods.get(2);
        assertThat(w2.path("repairOrders").asInt()).isEqualTo(1);
        assertThat(w2.path("sales").asLong()).isEqualTo(105_000);
        assertThat(w2.path("partsGpPercent").decimalValue()).isEqualByComparingTo("45.5"); // 25,000 / 55,000
        assertThat(w2.path("gpPercent").decimalValue()).isEqualByComparingTo("52.4"); // 55,000 / 105,000
        assertThat(w2.path("hoursPresented").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(w2.path("hoursSold").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(w2.path("amountPresented").asLong()).isEqualTo(130_000);
        assertThat(w2.path("amountSold").asLong()).isEqualTo(105_000);
        assertThat(w2.path("closeRatioPercent").decimalValue()).isEqualByComparingTo("80.8"); // 80.769...
        assertThat(w2.path("comebacks").asInt()).isEqualTo(1);
        assertThat(w2.path("comebackRatePercent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(periods.get(3).path("repairOrders").asInt()).isZero();
        assertThat(periods.get(3).path("averageRepairOrder").isNull()).isTrue();
        JsonNode total = sales.path("total");
        assertThat(total.path("repairOrders").asInt()).isEqualTo(3);
        assertThat(total.path("sales").asLong()).isEqualTo(300_000);
        assertThat(total.path("averageRepairOrder").asLong()).isEqualTo(100_000);
        assertThat(total.path("hoursPerRepairOrder").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(total.path("grossProfit").asLong()).isEqualTo(168_000); // 300,000 - 90,000 - 42,000
        assertThat(total.path("gpPercent").decimalValue()).isEqualByComparingTo("56.0");
        assertThat(total.path("partsGpPercent").decimalValue()).isEqualByComparingTo("44.0"); // 33,000 / 75,000
        assertThat(total.path("comebackRatePercent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(boss.get("/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=month")
                        .json()
                        .path("periods"))
                .hasSize(1);
        assertThat(boss.get("/reports/sales?from=2026-11-01&to=2026-11-30")
                        .json()
                        .path("periods"))
                .as("by day")
                .hasSize(30);

        // ---- receivables: the rest of I2 (60,000) and I3 (115,500), oldest first
        JsonNode rec = boss.get("/reports/receivables").json();
        assertThat(rec.path("count").asInt()).isEqualTo(2);
        assertThat(rec.path("items").get(0).path("invoiceId").asLong()).isEqualTo(invoices[1]);
        assertThat(rec.path("items").get(0).path("ageDays").asInt()).isEqualTo(8);
        assertThat(rec.path("items").get(1).path("invoiceId").asLong()).isEqualTo(invoices[2]);
        assertThat(rec.path("buckets").get(0).path("balance").asLong()).isEqualTo(175_500);
        // on 2027-01-03: I2 is 62 days old (61-90), I3 54 (31-60)
        at("2027-01-03T03:00:00Z");
        rec = boss.get("/reports/receivables").json();
        assertThat(rec.path("items").get(0).path("ageDays").asInt()).isEqualTo(62);
        assertThat(rec.path("items").get(0).path("bucket").asText()).isEqualTo("61-90");
        assertThat(rec.path("items").get(1).path("ageDays").asInt()).isEqualTo(54);
        assertThat(rec.path("buckets").get(0).path("count").asInt()).isZero();
        assertThat(rec.path("buckets").get(1).path("balance").asLong()).isEqualTo(115_500);
        assertThat(rec.path("buckets").get(2).path("balance").asLong()).isEqualTo(60_000);
        assertThat(rec.path("total").asLong()).isEqualTo(175_500);
    }

    @Test
    void theDrawerIsCountedOnceUntilAManagerReopensItAndLateMoneyShows() {
        long[] invoices = month();
        Api.Res closed =
                boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", 218_000, "note", "500원 부족"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.json().path("close").path("difference").asLong()).isEqualTo(-500);
        assertThat(closed.json().path("cash").path("difference").asLong()).isEqualTo(-500);
        assertThat(boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", 218_500))
                        .status())
                .as("counted already")
                .isEqualTo(409);
        // the rest of I2 paid in cash after the count (on the 11-10 clock, so another day's money)
        pay(invoices[1], 60_000, "CASH");
        JsonNode day = boss.get("/reports/dailyClose?date=2026-11-10").json();
        assertThat(day.path("cash").path("expected").asLong()).isEqualTo(160_000);
        assertThat(day.path("invoices").path("unpaidAmount").asLong()).isEqualTo(115_500);

        Api.Res noReason = boss.post("/reports/dailyClose/2026-11-02/reopen", obj());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Api.Res reopened = boss.post("/reports/dailyClose/2026-11-02/reopen", obj("reason", "재실사"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().path("close").isNull()).isTrue();
        assertThat(reopened.json().path("history").get(0).path("reopenReason").asText())
                .isEqualTo("재실사");
        assertThat(boss.post("/reports/dailyClose/2026-11-02/reopen", obj("reason", "again"))
                        .status())
                .isEqualTo(409);
        Api.Res again = boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", 218_500));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("close").path("difference").asLong()).isZero();
        assertThat(again.json().path("history")).hasSize(2);
        String events = boss.get("/events?since=0&limit=500").body();
        assertThat(events).contains("DailyCloseRecorded").contains("DailyCloseReopened");

        Api.Res future = boss.post("/reports/dailyClose", obj("date", "2027-01-01", "countedCash", 1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("date");
        Api.Res negative = boss.post("/reports/dailyClose", obj("date", "2026-11-03", "countedCash", -1));
        assertThat(negative.errorFields()).containsExactly("countedCash");
        assertThat(boss.post("/reports/dailyClose/2026-13-01/reopen", obj("reason", "x"))
                        .errorFields())
                .containsExactly("date");
    }

    @Test
    void racingCountsOfOneDayRecordExactlyOneAndAKeyRepeatsNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                long counted = 1_000L * i;
                answers.add(pool.submit(
                        () -> boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", counted))
                                .status()));
            }
            int created = 0;
            for (Future<Integer> f : answers) {
                int status = f.get();
                assertThat(status).isIn(201, 409);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(boss.get("/reports/dailyClose?date=2026-11-02").json().path("history"))
                .hasSize(1);
        Map<String, String> key = Map.of("Idempotency-Key", "reopen-1");
        long before = boss.lastSeq();
        Api.Res a = boss.post("/reports/dailyClose/2026-11-02/reopen", obj("reason", "x"), key);
        Api.Res b = boss.post("/reports/dailyClose/2026-11-02/reopen", obj("reason", "x"), key);
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.body()).isEqualTo(a.body());
        assertThat(boss.lastSeq()).isEqualTo(before + 1);
        Map<String, String> closeKey = Map.of("Idempotency-Key", "close-1");
        Api.Res c1 = boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", 5), closeKey);
        Api.Res c2 = boss.post("/reports/dailyClose", obj("date", "2026-11-02", "countedCash", 5), closeKey);
        assertThat(c1.status()).isEqualTo(201);
        assertThat(c2.status()).as("the first answer again, not a 409").isEqualTo(201);
    }

    @Test
    void aMechanicSeesTheirOwnFiguresAndExportsKeepHangul() {
        month();
        JsonNode own =
                kim.get("/reports/technicians?from=2026-11-01&to=2026-11-30").json();
        assertThat(own.path("items")).hasSize(1);
        assertThat(own.path("items").get(0).path("mechanicId").asLong()).isEqualTo(kimId);
        assertThat(kim.get("/reports/technicians?mechanicId=" + leeId).status()).isEqualTo(403);
        for (String path :
                List.of("/reports/dailyClose", "/reports/sales", "/reports/receivables", "/reports/technicians")) {
            assertThat(counter.get(path).status()).as(path).isEqualTo(403);
        }
        for (String path : List.of("/reports/dailyClose", "/reports/sales", "/reports/receivables")) {
            assertThat(kim.get(path).status()).as(path).isEqualTo(403);
        }

        Api.Res csv = boss.get("/reports/technicians?from=2026-11-01&to=2026-11-30&format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        byte[] bytes = csv.body().getBytes(StandardCharsets.UTF_8);
        assertThat(csv.body()).startsWith("\uFEFF").contains("김민수").contains("pauseWAITING_PARTS");
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        Api.Res salesCsv = boss.get("/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=week&format=csv");
        String[] rows = salesCsv.body().split("\r\n");
        assertThat(rows).hasSize(1 + 6 + 1); // header, six weeks, the total
        assertThat(rows[0]).startsWith("\uFEFFperiod,from,to,repairOrders");
        assertThat(boss.get("/reports/receivables?format=csv").body()).contains("홍길동");
        assertThat(boss.get("/reports/dailyClose?date=2026-11-02&format=csv").body())
                .contains("cash,expected,,218500");
        for (String path : List.of(
                "/reports/dailyClose?date=2026-11-02",
                "/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=week",
                "/reports/receivables",
                "/reports/technicians?from=2026-11-01&to=2026-11-30")) {
            Api.Res pdf = boss.get(path + "&format=pdf".replaceFirst("^&", path.contains("?") ? "&" : "?"));
            assertThat(pdf.status()).as(path).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF");
        }
        assertThat(boss.get("/reports/sales?format=xml").errorFields()).containsExactly("format");
        assertThat(boss.get("/reports/sales?groupBy=year").errorFields()).containsExactly("groupBy");
        assertThat(boss.get("/reports/sales?from=2026-11-30&to=2026-11-01").errorFields())
                .containsExactly("to");
        assertThat(boss.get("/reports/sales?from=2025-01-01&to=2026-11-01").errorFields())
                .containsExactly("to");
        assertThat(boss.get("/reports/dailyClose?date=yesterday").errorFields()).containsExactly("date");
    }
}
