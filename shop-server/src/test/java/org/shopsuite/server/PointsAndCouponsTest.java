package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 18: points (the bike-rental origin flow: buy 3,000 then 5,000, a booking's 1,000-point
 * deposit, cancel restores it), coupons (the parking origin flow: a booking issues a coupon, the
 * cancel withdraws it), paying with points, earning and reversing, redemption and return, and the
 * reminders' outbox. Every balance is checked against the sum of its ledger.
 */
class PointsAndCouponsTest {
    static final long LABOR_RATE = 60_000;

    @TempDir
    Path dir;

    TestServer server;
    Api boss;
    Api counter;
    long kimId;
    long bay;
    long customer;
    long car;
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    final LocalDate monday = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @BeforeEach
    void setUp() {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        bay = boss.post("/bays", obj("name", "1번 리프트")).id();
        customer = counter.post("/customers", obj("name", "정우성", "phones", List.of("010-7777-8888")))
                .id();
        car = counter.post("/vehicles", obj("plate", "12가 3456", "customerId", customer))
                .id();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void settings(Map<String, Object> changes) {
        Api.Res shop = boss.get("/shop");
        Map<String, Object> body = new HashMap<>(changes);
        body.put("name", shop.json().path("name").asText());
        body.put("currency", "KRW");
        body.put("laborRatePerHour", LABOR_RATE);
        body.put("taxRatePercent", 10);
        body.put("timezone", "Asia/Seoul");
        body.put("invoicePrefix", "INV");
        Api.Res r = boss.put("/shop", body, Map.of("If-Match", shop.header("ETag")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private Api.Res buy(long customerId, long points, String method) {
        return counter.post(
                "/customers/" + customerId + "/points/purchases",
                obj("points", points, "amount", points, "method", method));
    }

    private JsonNode points(long customerId) {
        JsonNode p = counter.get("/customers/" + customerId + "/points").json();
        long sum = 0;
        for (JsonNode e : p.path("entries")) {
            sum += e.path("points").asLong();
        }
        assertThat(p.path("balance").asLong())
                .as("the balance is the sum of its ledger")
                .isEqualTo(sum);
        return p;
    }

    private long balance(long customerId) {
        return points(customerId).path("balance").asLong();
    }

    private Api.Res book(String start) {
        return counter.post(
                "/appointments",
                obj(
                        "customerId",
                        customer,
                        "vehicleId",
                        car,
                        "date",
                        monday.toString(),
                        "startTime",
                        start,
                        "hours",
                        "1",
                        "request",
                        "브레이크 점검",
                        "dropOff",
                        "DROP"));
    }

    /** A receipt of the customer's car, its job finished with {@code hours} of labour: the invoice id. */
    private long invoiceFor(long customerId, long vehicleId, String hours) {
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerId", customerId,
                        "vehicleId", vehicleId,
                        "mechanicId", kimId,
                        "estimatedHours", hours,
                        "request", "엔진오일 교환"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return finish(r.id(), hours);
    }

    private long finish(long receipt, String hours) {
        long job = boss.get("/receipts/" + receipt).json().path("jobId").asLong();
        assertThat(boss.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        Api.Res done = boss.post("/jobs/" + job + "/finish", obj("laborHours", hours));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return boss.get("/receipts/" + receipt).json().path("invoiceId").asLong();
    }

    private List<String> kinds(long customerId) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : points(customerId).path("entries")) {
            out.add(e.path("kind").asText() + " " + e.path("points").asLong());
        }
        return out;
    }

    @Test
    void theBikeRentalFlowBuyPointsADepositTakesThemAndCancellingRestoresThem() {
        Api.Res first = buy(customer, 3_000, "CASH");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("balance").asLong()).isEqualTo(3_000);
        assertThat(buy(customer, 5_000, "CARD").json().path("balance").asLong()).isEqualTo(8_000);
        assertThat(balance(customer)).isEqualTo(8_000);

        settings(Map.of("bookingDepositPoints", 1_000));
        Api.Res booked = book("09:00");
        assertThat(booked.json().path("status").asText()).as(booked.toString()).isEqualTo("BOOKED");
        assertThat(booked.json().path("depositPoints").asLong()).isEqualTo(1_000);
        assertThat(balance(customer)).isEqualTo(7_000);
        assertThat(kinds(customer)).first().isEqualTo("DEPOSIT -1000");

        Api.Res cancelled = counter.post("/appointments/" + booked.id() + "/cancel", obj("reason", "고객 요청"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(balance(customer)).isEqualTo(8_000);
        assertThat(kinds(customer))
                .containsExactly("DEPOSIT_RESTORED 1000", "DEPOSIT -1000", "PURCHASED 5000", "PURCHASED 3000");
    }

    @Test
    void aBookingTheCustomerCannotCoverIsStoredRejectedAndTakesNothing() {
        settings(Map.of("bookingDepositPoints", 1_000));
        buy(customer, 500, "CASH");
        Api.Res r = book("09:00");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(r.json().path("rejectionReason").asText()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(balance(customer)).isEqualTo(500);
        assertThat(counter.get("/availability?date=" + monday + "&hours=1")
                        .json()
                        .path("bays")
                        .get(0)
                        .path("startTimes")
                        .size())
                .as("no slot taken")
                .isEqualTo(93);
    }

    @Test
    void theParkingFlowABookingIssuesACouponAndCancellingWithdrawsItAndFreesThePlace() {
        Api.Res promo = boss.post(
                "/promotions",
                obj(
                        "name", "예약 고객 공임 10%",
                        "kind", "PERCENT_LABOR",
                        "value", 10,
                        "validDays", 30,
                        "trigger", "ON_BOOKING"));
        assertThat(promo.status()).as(promo.toString()).isEqualTo(201);
        boss.post(
                "/promotions",
                obj("name", "수동 쿠폰", "kind", "AMOUNT", "value", 5000, "validDays", 30, "trigger", "MANUAL"));
        Api.Res booked = book("10:00");
        assertThat(booked.json().path("status").asText()).isEqualTo("BOOKED");
        JsonNode coupons =
                counter.get("/customers/" + customer + "/coupons").json().path("items");
        assertThat(coupons).as("one coupon per active ON_BOOKING promotion").hasSize(1);
        assertThat(coupons.get(0).path("status").asText()).isEqualTo("ISSUED");
        assertThat(coupons.get(0).path("appointmentId").asLong()).isEqualTo(booked.id());
        assertThat(coupons.get(0).path("code").asText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        counter.post("/appointments/" + booked.id() + "/cancel", obj("reason", "일정 변경"));
        assertThat(counter.get("/customers/" + customer + "/coupons")
                        .json()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("WITHDRAWN");
        assertThat(book("10:00").json().path("bayId").asLong())
                .as("the place is free again")
                .isEqualTo(bay);
    }

    @Test
    void aCouponIsRedeemedOnceAsADiscountLineBeforeTaxAndComesBackWhenTheInvoiceIsVoided() {
        boss.post(
                "/promotions",
                obj("name", "공임 10%", "kind", "PERCENT_LABOR", "value", 10, "validDays", 30, "trigger", "ON_BOOKING"));
        book("10:00");
        String code = counter.get("/customers/" + customer + "/coupons")
                .json()
                .path("items")
                .get(0)
                .path("code")
                .asText();
        long invoice = invoiceFor(customer, car, "2");
        // someone else's invoice refuses it
        long other = counter.post("/customers", obj("name", "김철수", "phones", List.of("010-1111-2222")))
                .id();
        long otherCar = counter.post("/vehicles", obj("plate", "34나 5678", "customerId", other))
                .id();
        long otherInvoice = invoiceFor(other, otherCar, "1");
        assertThat(counter.post("/invoices/" + otherInvoice + "/coupons", obj("code", code))
                        .status())
                .isEqualTo(409);

        Api.Res redeemed = counter.post(
                "/invoices/" + invoice + "/coupons",
                obj("code", code.toLowerCase(java.util.Locale.ROOT).replace("-", " ")));
        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(201);
        JsonNode inv = redeemed.json();
        JsonNode discount = inv.path("lines").get(inv.path("lines").size() - 1);
        assertThat(discount.path("kind").asText()).isEqualTo("DISCOUNT");
        assertThat(discount.path("amount").asLong()).isEqualTo(-12_000); // 10% of 2 h x 60,000
        assertThat(inv.path("subtotal").asLong()).isEqualTo(108_000);
        assertThat(inv.path("tax").asLong()).isEqualTo(10_800);
        assertThat(inv.path("total").asLong()).isEqualTo(118_800);
        assertThat(counter.post("/invoices/" + invoice + "/coupons", obj("code", code))
                        .status())
                .as("once per coupon")
                .isEqualTo(409);
        assertThat(counter.post("/invoices/" + invoice + "/coupons", obj("code", "ZZZZ-ZZZZ"))
                        .status())
                .isEqualTo(404);

        counter.post("/invoices/" + invoice + "/payments", obj("amount", 18_800, "method", "CASH"));
        Api.Res voided = boss.post("/invoices/" + invoice + "/void", obj("reason", "잘못 발행", "refundMethod", "CASH"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        JsonNode back = counter.get("/customers/" + customer + "/coupons")
                .json()
                .path("items")
                .get(0);
        assertThat(back.path("status").asText()).isEqualTo("ISSUED");
        assertThat(back.path("invoiceId").isNull()).isTrue();
    }

    @Test
    void pointsPayAnInvoiceEarnOnPaymentInFullAndComeBackWhenVoided() {
        settings(Map.of("pointsEarnRatePercent", 5));
        buy(customer, 10_000, "CASH");
        long invoice = invoiceFor(customer, car, "1"); // 60,000 + 6,000 tax
        Api.Res short_ = counter.post("/invoices/" + invoice + "/payments", obj("amount", 20_000, "method", "POINTS"));
        assertThat(short_.status()).isEqualTo(409);
        assertThat(short_.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("balance")
                        .asLong())
                .isEqualTo(10_000);
        Api.Res paid = counter.post("/invoices/" + invoice + "/payments", obj("amount", 10_000, "method", "POINTS"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        long pointsPayment = paid.json().path("payments").get(0).path("id").asLong();
        assertThat(balance(customer)).isZero();
        counter.post("/invoices/" + invoice + "/payments", obj("amount", 56_000, "method", "CARD"));
        // PAID: 5% of (60,000 - 10,000 paid with points) = 2,500
        assertThat(balance(customer)).isEqualTo(2_500);
        assertThat(kinds(customer)).first().isEqualTo("EARNED 2500");

        Api.Res voidPoints = boss.post("/payments/" + pointsPayment + "/void", obj("reason", "카드로 변경"));
        assertThat(voidPoints.status()).as(voidPoints.toString()).isEqualTo(201);
        assertThat(balance(customer)).isEqualTo(12_500);
        assertThat(kinds(customer)).first().isEqualTo("RESTORED 10000");

        counter.post("/invoices/" + invoice + "/payments", obj("amount", 10_000, "method", "TRANSFER"));
        assertThat(balance(customer)).as("earned once per invoice").isEqualTo(12_500);
        Api.Res voided = boss.post("/invoices/" + invoice + "/void", obj("reason", "재발행", "refundMethod", "CARD"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(balance(customer)).isEqualTo(10_000);
        assertThat(kinds(customer)).first().isEqualTo("REVERSED -2500");
        assertThat(boss.post("/invoices/" + invoice + "/refunds", obj("amount", 1, "method", "POINTS", "reason", "x"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anArrivalCarriesTheDepositToTheInvoiceAndANoShowForfeitsIt() {
        settings(Map.of("bookingDepositPoints", 100_000));
        buy(customer, 200_000, "TRANSFER");
        Api.Res booked = counter.post(
                "/appointments",
                obj(
                        "customerId",
                        customer,
                        "vehicleId",
                        car,
                        "date",
                        today.toString(),
                        "startTime",
                        "23:00",
                        "hours",
                        "1",
                        "mechanicId",
                        kimId,
                        "request",
                        "엔진오일 교환",
                        "dropOff",
                        "WAIT"));
        assertThat(booked.json().path("status").asText()).as(booked.toString()).isEqualTo("BOOKED");
        assertThat(balance(customer)).isEqualTo(100_000);
        Api.Res arrived = counter.post("/appointments/" + booked.id() + "/arrive", obj());
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        long invoice = finish(arrived.json().path("receiptId").asLong(), "1");
        JsonNode inv = counter.get("/invoices/" + invoice).json();
        assertThat(inv.path("total").asLong()).isEqualTo(66_000);
        assertThat(inv.path("status").asText()).isEqualTo("PAID");
        assertThat(inv.path("payments").get(0).path("method").asText()).isEqualTo("POINTS");
        assertThat(inv.path("payments").get(0).path("amount").asLong()).isEqualTo(66_000);
        assertThat(balance(customer)).as("the rest of the deposit came back").isEqualTo(134_000);
        assertThat(kinds(customer)).first().isEqualTo("DEPOSIT_RESTORED 34000");

        Api.Res second = counter.post(
                "/appointments",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "date", today.toString(),
                        "startTime", "22:00",
                        "hours", "1",
                        "request", "점검",
                        "dropOff", "DROP"));
        assertThat(balance(customer)).isEqualTo(34_000);
        assertThat(counter.post("/appointments/" + second.id() + "/noShow", obj())
                        .status())
                .isEqualTo(200);
        assertThat(balance(customer)).isEqualTo(34_000);
        assertThat(kinds(customer)).first().isEqualTo("FORFEITED 0");
    }

    @Test
    void racingSpendsNeverOverspendAndRacingRedemptionsOfOneCodeHaveOneWinner() throws Exception {
        buy(customer, 5_000, "CASH");
        long invoice = invoiceFor(customer, car, "3"); // 198,000
        List<Api.Res> spends = RaceTest.race(
                () -> counter.post("/invoices/" + invoice + "/payments", obj("amount", 1_000, "method", "POINTS")));
        assertThat(spends.stream().filter(r -> r.status() == 201).count()).isEqualTo(5);
        assertThat(spends.stream().filter(r -> r.status() == 409).count()).isEqualTo(RaceTest.CLIENTS - 5);
        assertThat(balance(customer)).isZero();

        boss.post(
                "/promotions",
                obj("name", "5천원", "kind", "AMOUNT", "value", 5_000, "validDays", 30, "trigger", "ON_BOOKING"));
        book("10:00");
        String code = counter.get("/customers/" + customer + "/coupons")
                .json()
                .path("items")
                .get(0)
                .path("code")
                .asText();
        long fresh = invoiceFor(customer, car, "1");
        List<Api.Res> redemptions =
                RaceTest.race(() -> counter.post("/invoices/" + fresh + "/coupons", obj("code", code)));
        assertThat(redemptions.stream().filter(r -> r.status() == 201).count()).isEqualTo(1);
        JsonNode inv = counter.get("/invoices/" + fresh).json();
        assertThat(inv.path("subtotal").asLong()).isEqualTo(55_000);
    }

    @Test
    void aMergeMovesPointsAndCouponsAndEveryNewPostHonoursItsIdempotencyKey() {
        long dup = counter.post("/customers", obj("name", "정우성", "phones", List.of("010-7777-9999")))
                .id();
        Map<String, String> key = Map.of("Idempotency-Key", "buy-1");
        Object body = obj("points", 700, "amount", 700, "method", "CASH");
        Api.Res a = counter.post("/customers/" + dup + "/points/purchases", body, key);
        Api.Res b = counter.post("/customers/" + dup + "/points/purchases", body, key);
        assertThat(b.json()).isEqualTo(a.json());
        assertThat(balance(dup)).isEqualTo(700);
        buy(customer, 300, "CASH");
        Api.Res merged = boss.post("/customers/" + customer + "/merge", obj("duplicateId", dup, "reason", "같은 분"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(balance(customer)).isEqualTo(1_000);
        assertThat(balance(dup)).isZero();

        Object promo = obj("name", "봄맞이", "kind", "PERCENT_TOTAL", "value", 5, "validDays", 10, "trigger", "MANUAL");
        Api.Res p1 = boss.post("/promotions", promo, Map.of("Idempotency-Key", "promo-1"));
        Api.Res p2 = boss.post("/promotions", promo, Map.of("Idempotency-Key", "promo-1"));
        assertThat(p2.id()).isEqualTo(p1.id());
        assertThat(boss.post("/promotions", promo).status())
                .as("names are unique")
                .isEqualTo(409);
        assertThat(boss.post(
                                "/promotions",
                                obj(
                                        "name",
                                        "x",
                                        "kind",
                                        "PERCENT_TOTAL",
                                        "value",
                                        101,
                                        "validDays",
                                        1,
                                        "trigger",
                                        "MANUAL"))
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("value");
        Api.Res patched =
                boss.patch("/promotions/" + p1.id(), obj("active", false), Map.of("If-Match", p1.header("ETag")));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().path("active").asBoolean()).isFalse();
        assertThat(patched.json().path("name").asText()).isEqualTo("봄맞이");
    }

    @Test
    void remindersListTomorrowsBookingsAndQueueOneMessageEachForCustomersWhoAgreed() {
        Api.Res booked = counter.post(
                "/appointments",
                obj(
                        "customerId", customer,
                        "vehicleId", car,
                        "date", today.plusDays(1).toString(),
                        "startTime", "10:00",
                        "hours", "1",
                        "request", "점검",
                        "dropOff", "DROP"));
        assertThat(booked.json().path("status").asText()).isEqualTo("BOOKED");
        JsonNode list = counter.get("/reminders?date=" + today).json().path("items");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("kind").asText()).isEqualTo("APPOINTMENT");
        assertThat(list.get(0).path("consentToMessages").asBoolean()).isFalse();
        JsonNode run =
                counter.post("/reminders/run", obj("date", today.toString())).json();
        assertThat(run.path("queued").asInt()).isZero();
        assertThat(run.path("withoutConsent").asInt()).isEqualTo(1);

        Api.Res c = counter.get("/customers/" + customer);
        counter.patch("/customers/" + customer, obj("consentToMessages", true), Map.of("If-Match", c.header("ETag")));
        run = counter.post("/reminders/run", obj("date", today.toString())).json();
        assertThat(run.path("queued").asInt()).isEqualTo(1);
        assertThat(counter.post("/reminders/run", obj("date", today.toString()))
                        .json()
                        .path("alreadyQueued")
                        .asInt())
                .as("once per reminder")
                .isEqualTo(1);
        JsonNode messages = counter.get("/messages?status=QUEUED").json().path("items");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("phone").asText()).isEqualTo("010-7777-8888");
        assertThat(messages.get(0).path("text").asText()).contains("12가3456").contains("10:00");
        Api.Res csv = counter.get("/messages?status=QUEUED&format=csv");
        assertThat(csv.body()).contains("010-7777-8888");
    }
}
