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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 18, first part: bays, the shop's opening hours and holidays, and mechanics' days off; a
 * receipt for a closed day or a day off is stored REJECTED with its reason, and moving a receipt
 * onto such a day is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleTest {
    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    long kimId;
    long leeId;
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    final LocalDate sunday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    final LocalDate holiday = sunday.plusDays(2); // a Tuesday
    final LocalDate kimOff = sunday.plusDays(3); // a Wednesday

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        leeId = Shop.mechanic(boss, "이정비", "8");
        kim = Shop.user(boss, "kim", "MECHANIC", kimId);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private static Map<String, String> ifMatch(long version) {
        return Map.of("If-Match", "\"" + version + "\"");
    }

    private Api.Res receipt(long mechanicId, LocalDate date, String hours) {
        return counter.post(
                "/receipts",
                obj(
                        "customerName", "홍길동",
                        "customerPhone", "010-1234-5678",
                        "carId", "34나 5678",
                        "mechanicId", mechanicId,
                        "requestDate", date.toString(),
                        "estimatedHours", hours,
                        "request", "엔진오일 교환"));
    }

    private static List<Map<String, Object>> week(String saturdayCloses, boolean sundayClosed) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d == DayOfWeek.SUNDAY && sundayClosed) {
                days.add(Map.of("day", d.name(), "closed", true));
            } else {
                days.add(Map.of(
                        "day",
                        d.name(),
                        "opens",
                        "09:00",
                        "closes",
                        d == DayOfWeek.SATURDAY ? saturdayCloses : "18:00"));
            }
        }
        return days;
    }

    @Test
    @Order(1)
    void untilTheHoursAreSetEveryDayIsOpenAndASundayReceiptIsAccepted() {
        Api.Res hours = counter.get("/shop/hours");
        assertThat(hours.status()).isEqualTo(200);
        assertThat(hours.json().path("weekdays").size()).isZero();
        assertThat(hours.json().path("version").asLong()).isZero();
        assertThat(hours.header("ETag")).isEqualTo("\"0\"");
        Api.Res r = receipt(kimId, sunday, "1");
        assertThat(r.json().path("status").asText()).as(r.toString()).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(2)
    void theManagerSetsTheWeekAndHolidaysAndBadWeeksAreRefusedNamingTheField() {
        assertThat(counter.put("/shop/hours", obj("weekdays", week("13:00", true)), ifMatch(0))
                        .status())
                .isEqualTo(403);
        // six days only
        List<Map<String, Object>> six = week("13:00", true).subList(0, 6);
        Api.Res r = boss.put("/shop/hours", obj("weekdays", six), ifMatch(0));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("weekdays");
        // closing before opening, a time that is not HH:mm, a day twice
        List<Map<String, Object>> bad = week("13:00", true);
        bad.set(0, Map.of("day", "MONDAY", "opens", "18:00", "closes", "09:00"));
        bad.set(1, Map.of("day", "TUESDAY", "opens", "9시", "closes", "18:00"));
        bad.set(2, Map.of("day", "MONDAY", "opens", "09:00", "closes", "18:00"));
        r = boss.put("/shop/hours", obj("weekdays", bad), ifMatch(0));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).contains("weekdays[0].closes", "weekdays[1].opens", "weekdays[2].day");
        assertThat(boss.put("/shop/hours", obj("weekdays", week("13:00", true)), ifMatch(5))
                        .status())
                .as("a stale version")
                .isEqualTo(412);

        long seq = boss.lastSeq();
        r = boss.put(
                "/shop/hours",
                obj("weekdays", week("13:00", true), "holidays", List.of(holiday.toString(), holiday.toString())),
                ifMatch(0));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        JsonNode h = r.json();
        assertThat(h.path("weekdays").get(0).path("day").asText()).isEqualTo("MONDAY");
        assertThat(h.path("weekdays").get(5).path("closes").asText()).isEqualTo("13:00");
        assertThat(h.path("weekdays").get(6).path("closed").asBoolean()).isTrue();
        assertThat(h.path("holidays").toString()).isEqualTo("[\"" + holiday + "\"]");
        JsonNode events = boss.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type")).containsExactly("OpeningHoursChanged");
        assertThat(kim.get("/shop/hours").json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aReceiptOnAClosedDayIsStoredRejectedWithShopClosed() {
        long seq = boss.lastSeq();
        Api.Res onSunday = receipt(kimId, sunday.plusWeeks(1), "1");
        assertThat(onSunday.status()).isEqualTo(201);
        assertThat(onSunday.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(onSunday.json().path("rejectionReason").asText()).isEqualTo("SHOP_CLOSED");
        assertThat(onSunday.json().path("jobId").isNull()).isTrue();
        Api.Res onHoliday = receipt(leeId, holiday, "1");
        assertThat(onHoliday.json().path("rejectionReason").asText()).isEqualTo("SHOP_CLOSED");
        JsonNode events = boss.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type"))
                .containsExactly("RepairRequested", "ReceiptRejected", "RepairRequested", "ReceiptRejected");
        assertThat(events.get(1).path("data").path("reason").asText()).isEqualTo("SHOP_CLOSED");
        // stored: the list finds it as rejected
        assertThat(boss.get("/receipts/" + onHoliday.id())
                        .json()
                        .path("rejectionReason")
                        .asText())
                .isEqualTo("SHOP_CLOSED");
        // the day before is open
        assertThat(receipt(leeId, holiday.minusDays(1), "1")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    @Order(4)
    void daysOffRejectTheMechanicsReceiptsAndMovingOneThereIsRefused() {
        Api.Res mine = kim.get("/mechanics/" + kimId + "/daysOff");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("dates").size()).isZero();
        assertThat(kim.get("/mechanics/" + leeId + "/daysOff").status())
                .as("another mechanic's")
                .isEqualTo(403);
        assertThat(kim.put("/mechanics/" + kimId + "/daysOff", obj("dates", List.of(kimOff.toString())), ifMatch(1))
                        .status())
                .isEqualTo(403);
        Api.Res bad = boss.put("/mechanics/" + kimId + "/daysOff", obj("dates", List.of("2026-13-01")), ifMatch(1));
        assertThat(bad.status()).isEqualTo(400);

        long seq = boss.lastSeq();
        Api.Res set = boss.put(
                "/mechanics/" + kimId + "/daysOff",
                obj("dates", List.of(kimOff.plusDays(1).toString(), kimOff.toString())),
                ifMatch(1));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("dates").toString())
                .isEqualTo("[\"" + kimOff + "\",\"" + kimOff.plusDays(1) + "\"]");
        JsonNode e = boss.get("/events?since=" + seq).json().path("items").get(0);
        assertThat(e.path("type").asText()).isEqualTo("DaysOffChanged");
        assertThat(e.path("data").path("added").size()).isEqualTo(2);

        Api.Res off = receipt(kimId, kimOff, "1");
        assertThat(off.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(off.json().path("rejectionReason").asText()).isEqualTo("MECHANIC_OFF");
        assertThat(receipt(leeId, kimOff, "1").json().path("status").asText())
                .as("another mechanic works that day")
                .isEqualTo("ACCEPTED");

        // a receipt of kim's on an open day (the Monday) cannot be moved onto the day off, nor onto a Sunday
        Api.Res open = receipt(kimId, kimOff.minusDays(2), "2");
        assertThat(open.json().path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode body = open.json();
        Api.Res moved = counter.patch(
                "/receipts/" + open.id(),
                obj("requestDate", kimOff.toString()),
                ifMatch(body.path("version").asLong()));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.errorFields()).containsExactly("requestDate");
        assertThat(moved.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("reason")
                        .asText())
                .isEqualTo("MECHANIC_OFF");
        Api.Res toSunday = counter.patch(
                "/receipts/" + open.id(),
                obj("requestDate", sunday.plusWeeks(1).toString()),
                ifMatch(body.path("version").asLong()));
        assertThat(toSunday.status()).isEqualTo(409);
        assertThat(counter.get("/receipts/" + open.id())
                        .json()
                        .path("requestDate")
                        .asText())
                .isEqualTo(kimOff.minusDays(2).toString());

        // taking a day back: the receipt fits again
        Api.Res back = boss.put(
                "/mechanics/" + kimId + "/daysOff",
                obj("dates", List.of(kimOff.plusDays(1).toString())),
                ifMatch(2));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(receipt(kimId, kimOff, "1").json().path("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(5)
    void baysAreAddedRenamedAndRetiredByTheManagerInNameOrder() {
        Api.Res two = boss.post("/bays", obj("name", "2번 리프트"), Map.of("Idempotency-Key", "bay-2"));
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        Api.Res again = boss.post("/bays", obj("name", "2번 리프트"), Map.of("Idempotency-Key", "bay-2"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).as("the same key answers the same bay").isEqualTo(two.id());
        Api.Res one = boss.post("/bays", obj("name", "1번 리프트"));
        assertThat(one.status()).isEqualTo(201);
        Api.Res dup = boss.post("/bays", obj("name", "1번 리프트"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.errorFields()).containsExactly("name");
        assertThat(boss.post("/bays", obj("name", " ")).errorFields()).containsExactly("name");
        assertThat(counter.post("/bays", obj("name", "3번")).status()).isEqualTo(403);

        JsonNode list = kim.get("/bays").json().path("items");
        assertThat(list.findValuesAsText("name")).containsExactly("1번 리프트", "2번 리프트");

        Api.Res retired = boss.patch("/bays/" + two.id(), obj("active", false), ifMatch(1));
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().path("active").asBoolean()).isFalse();
        assertThat(boss.patch("/bays/" + two.id(), obj("name", "x"), ifMatch(1)).status())
                .isEqualTo(412);
        assertThat(boss.patch("/bays/" + two.id(), obj("name", "1번 리프트"), ifMatch(2))
                        .status())
                .isEqualTo(409);
        assertThat(counter.get("/bays?active=true").json().path("items").findValuesAsText("name"))
                .containsExactly("1번 리프트");
        assertThat(boss.get("/bays/999").status()).isEqualTo(404);
    }
}
