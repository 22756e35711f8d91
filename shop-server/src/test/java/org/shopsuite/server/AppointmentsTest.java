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
 * Issue 18: appointments take a bay's slot and a mechanic's hours in one transaction, both outcomes
 * stored; cancel, no-show and reschedule give back exactly what was taken; arriving makes the
 * receipt without counting the hours twice. The parking origin flow (004): a place is reserved where
 * there is room, the count of free places goes down, cancelling gives it back.
 */
class AppointmentsTest {
    @TempDir
    Path dir;

    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    long kimId;
    long leeId;
    long bay1;
    long bay2;
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
        leeId = Shop.mechanic(boss, "이정비", "4");
        kim = Shop.user(boss, "kim", "MECHANIC", kimId);
        bay1 = boss.post("/bays", obj("name", "1번 리프트")).id();
        bay2 = boss.post("/bays", obj("name", "2번 리프트")).id();
        customer = counter.post("/customers", obj("name", "정우성", "phones", List.of("010-7777-8888")))
                .id();
        car = counter.post("/vehicles", obj("plate", "12가 3456", "customerId", customer, "make", "Hyundai"))
                .id();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Api.Res book(LocalDate date, String start, String hours, Long mechanicId, Long bayId) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer);
        body.put("vehicleId", car);
        body.put("date", date.toString());
        body.put("startTime", start);
        body.put("hours", hours);
        body.put("request", "엔진오일 교환");
        body.put("dropOff", "WAIT");
        if (mechanicId != null) {
            body.put("mechanicId", mechanicId);
        }
        if (bayId != null) {
            body.put("bayId", bayId);
        }
        return counter.post("/appointments", body);
    }

    private static String status(Api.Res r) {
        return r.json().path("status").asText();
    }

    private int freeStarts(LocalDate date, String hours, long bay) {
        for (JsonNode b : counter.get("/availability?date=" + date + "&hours=" + hours)
                .json()
                .path("bays")) {
            if (b.path("bayId").asLong() == bay) {
                return b.path("startTimes").size();
            }
        }
        throw new AssertionError("no bay " + bay);
    }

    @Test
    void theParkingFlowABookingTakesAPlaceWhereThereIsRoomAndCancellingGivesItBack() {
        int before = freeStarts(monday, "1", bay1);
        assertThat(before).as("open all day: 00:00 to 23:00").isEqualTo(93);
        long seq = boss.lastSeq();
        Api.Res b = book(monday, "10:00", "1.5", kimId, null);
        assertThat(b.status()).as(b.toString()).isEqualTo(201);
        JsonNode a = b.json();
        assertThat(a.path("status").asText()).isEqualTo("BOOKED");
        assertThat(a.path("bayId").asLong())
                .as("the first free bay in name order")
                .isEqualTo(bay1);
        assertThat(a.path("endTime").asText()).isEqualTo("11:30");
        assertThat(a.path("plate").asText()).isEqualTo("12가3456");
        assertThat(a.path("customerName").asText()).isEqualTo("정우성");
        JsonNode booked = boss.get("/events?since=" + seq).json().path("items");
        assertThat(booked.findValuesAsText("type")).containsExactly("AppointmentBooked", "ManDayDecreased");
        assertThat(booked.get(1).path("data").path("cause").asText()).isEqualTo("APPOINTMENT_BOOKED");
        // the place is taken: start times overlapping 10:00-11:30 are gone (09:15 .. 11:15 for one hour)
        assertThat(freeStarts(monday, "1", bay1)).isEqualTo(before - 9);
        assertThat(capacity(kimId, monday)).isEqualByComparingTo("1.5");
        JsonNode schedule = counter.get("/schedule?date=" + monday).json();
        assertThat(schedule.path("bays")
                        .get(0)
                        .path("slots")
                        .get(0)
                        .path("plate")
                        .asText())
                .isEqualTo("12가3456");
        assertThat(schedule.path("mechanics").get(0).path("bookedHours").decimalValue())
                .isEqualByComparingTo("1.5");

        seq = boss.lastSeq();
        Api.Res cancelled = counter.post("/appointments/" + b.id() + "/cancel", obj("reason", "고객 요청"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(status(cancelled)).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asText()).isEqualTo("고객 요청");
        JsonNode back = boss.get("/events?since=" + seq).json().path("items");
        assertThat(back.findValuesAsText("type")).containsExactly("AppointmentCancelled", "ManDayRestored");
        assertThat(back.get(1).path("data").path("cause").asText()).isEqualTo("APPOINTMENT_CANCELLED");
        assertThat(freeStarts(monday, "1", bay1)).as("the place is back").isEqualTo(before);
        assertThat(capacity(kimId, monday)).isEqualByComparingTo("0");
        JsonNode after = counter.get("/schedule?date=" + monday).json();
        assertThat(after.path("bays").get(0).path("slots"))
                .as("the control view read again after the cancel (not the answer cached before it)")
                .isEmpty();
        assertThat(after.path("mechanics").get(0).path("bookedHours").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(counter.post("/appointments/" + b.id() + "/cancel", obj("reason", "again"))
                        .status())
                .isEqualTo(409);
        assertThat(counter.post("/appointments/" + b.id() + "/cancel", obj()).errorFields())
                .containsExactly("reason");
    }

    private java.math.BigDecimal capacity(long mechanicId, LocalDate date) {
        return boss.get("/mechanics/" + mechanicId + "/capacity?date=" + date)
                .json()
                .path("bookedHours")
                .decimalValue();
    }

    @Test
    void everyRejectionIsStoredWithItsReasonInTheOrderAShopWouldSayIt() {
        List<Map<String, Object>> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(
                    d == DayOfWeek.SUNDAY
                            ? Map.of("day", d.name(), "closed", true)
                            : Map.of("day", d.name(), "opens", "09:00", "closes", "18:00"));
        }
        assertThat(boss.put("/shop/hours", obj("weekdays", week), Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(200);
        assertThat(boss.put(
                                "/mechanics/" + leeId + "/daysOff",
                                obj("dates", List.of(monday.plusDays(1).toString())),
                                Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(200);
        LocalDate sunday = monday.minusDays(1);
        assertThat(reason(book(sunday, "10:00", "1", null, null))).isEqualTo("SHOP_CLOSED");
        assertThat(reason(book(monday, "08:00", "1", null, null))).isEqualTo("OUTSIDE_HOURS");
        assertThat(reason(book(monday, "17:30", "1", null, null)))
                .as("ends after closing")
                .isEqualTo("OUTSIDE_HOURS");
        assertThat(reason(book(monday.plusDays(1), "10:00", "1", leeId, null))).isEqualTo("MECHANIC_OFF");
        assertThat(reason(book(monday, "09:00", "4.5", leeId, null))).isEqualTo("MECHANIC_CAPACITY");
        assertThat(status(book(monday, "09:00", "3", null, bay2))).isEqualTo("BOOKED");
        assertThat(reason(book(monday, "11:45", "1", null, bay2)))
                .as("overlaps 09:00-12:00")
                .isEqualTo("BAY_FULL");
        assertThat(status(book(monday, "12:00", "1", null, bay2)))
                .as("back to back")
                .isEqualTo("BOOKED");
        // both bays taken 13:00-14:00: the next booking at 13:30 finds none
        assertThat(status(book(monday, "13:00", "1", null, null))).isEqualTo("BOOKED");
        assertThat(status(book(monday, "13:00", "1", null, null))).isEqualTo("BOOKED");
        Api.Res full = book(monday, "13:30", "1", null, null);
        assertThat(reason(full)).isEqualTo("BAY_FULL");
        assertThat(full.json().path("bayId").isNull()).isTrue();
        // stored, and listed
        assertThat(counter.get("/appointments?status=REJECTED").json().path("items"))
                .hasSize(7);
        assertThat(counter.get("/appointments/" + full.id())
                        .json()
                        .path("rejectionReason")
                        .asText())
                .isEqualTo("BAY_FULL");
        // on a closed day nothing can be booked
        assertThat(counter.get("/availability?date=" + sunday + "&hours=1")
                        .json()
                        .path("closed")
                        .asBoolean())
                .isTrue();
        assertThat(freeStarts(monday, "8", bay1))
                .as("09:00-17:00 only, 13:00-14:00 taken")
                .isZero();
        assertThat(freeStarts(monday, "1", bay1))
                .as("09:00..17:00 less 12:15..13:45")
                .isEqualTo(33 - 7);
    }

    private static String reason(Api.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("status").asText()).isEqualTo("REJECTED");
        return r.json().path("rejectionReason").asText();
    }

    @Test
    void badBookingsAreRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer);
        body.put("vehicleId", car);
        body.put("date", monday.toString());
        body.put("startTime", "10:10");
        body.put("hours", "0");
        body.put("request", " ");
        Api.Res r = counter.post("/appointments", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("startTime", "hours", "request", "dropOff");
        body.put("startTime", "23:30");
        body.put("hours", "1");
        body.put("request", "x");
        body.put("dropOff", "WAIT");
        assertThat(counter.post("/appointments", body).errorFields()).containsExactly("hours");
        body.put("startTime", "10:00");
        body.put("date", today.minusDays(1).toString());
        assertThat(counter.post("/appointments", body).errorFields()).containsExactly("date");
        body.put("date", monday.toString());
        long other = counter.post("/customers", obj("name", "남", "phones", List.of("010-1111-0000")))
                .id();
        body.put("customerId", other);
        Api.Res notTheirs = counter.post("/appointments", body);
        assertThat(notTheirs.status()).isEqualTo(409);
        assertThat(notTheirs.errorFields()).containsExactly("vehicleId");
        body.put("customerId", 99_999);
        assertThat(counter.post("/appointments", body).errorFields()).containsExactly("customerId");
        assertThat(counter.get("/appointments").json().path("items"))
                .as("nothing written")
                .isEmpty();
        assertThat(kim.post("/appointments", body).status()).isEqualTo(403);
    }

    @Test
    void aRescheduleLetsTheOldSlotGoOnlyIfTheNewOneFits() {
        Api.Res a = book(monday, "10:00", "2", kimId, bay1);
        Api.Res other = book(monday, "14:00", "2", null, bay1);
        assertThat(status(other)).isEqualTo("BOOKED");
        // onto the other booking's slot in the same bay: refused, nothing changes
        Api.Res clash = counter.post(
                "/appointments/" + a.id() + "/reschedule",
                obj("date", monday.toString(), "startTime", "15:00", "bayId", bay1));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("reason")
                        .asText())
                .isEqualTo("BAY_FULL");
        assertThat(counter.get("/appointments/" + a.id())
                        .json()
                        .path("startTime")
                        .asText())
                .isEqualTo("10:00");
        // more hours than kim has: refused
        assertThat(counter.post(
                                "/appointments/" + a.id() + "/reschedule",
                                obj("date", monday.toString(), "startTime", "09:00", "hours", "8.5"))
                        .status())
                .isEqualTo(409);
        // its own hours do not count against it: 2 h -> 8 h on the same day fits kim's 8
        long seq = boss.lastSeq();
        Api.Res moved = counter.post(
                "/appointments/" + a.id() + "/reschedule",
                obj("date", monday.toString(), "startTime", "06:00", "hours", "8"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("bayId").asLong())
                .as("keeps its bay when free")
                .isEqualTo(bay1);
        assertThat(moved.json().path("endTime").asText()).isEqualTo("14:00");
        assertThat(boss.get("/events?since=" + seq).json().path("items").findValuesAsText("type"))
                .containsExactly("AppointmentRescheduled", "ManDayRestored", "ManDayDecreased");
        assertThat(capacity(kimId, monday)).isEqualByComparingTo("8");
        // to another day: this day's hours come back
        Api.Res later = counter.post(
                "/appointments/" + a.id() + "/reschedule",
                obj("date", monday.plusDays(1).toString(), "startTime", "10:00", "hours", "1"));
        assertThat(later.status()).isEqualTo(200);
        assertThat(capacity(kimId, monday)).isEqualByComparingTo("0");
        assertThat(capacity(kimId, monday.plusDays(1))).isEqualByComparingTo("1");
    }

    @Test
    void arrivingMakesTheReceiptWithoutCountingTheHoursTwice() {
        Api.Res a = book(today, "10:00", "6", kimId, null);
        assertThat(status(a)).isEqualTo("BOOKED");
        assertThat(capacity(kimId, today)).isEqualByComparingTo("6");
        long seq = boss.lastSeq();
        Api.Res arrived = counter.post("/appointments/" + a.id() + "/arrive", null);
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        assertThat(status(arrived)).isEqualTo("ARRIVED");
        long receipt = arrived.json().path("receiptId").asLong();
        JsonNode r = counter.get("/receipts/" + receipt).json();
        assertThat(r.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(r.path("customerId").asLong()).isEqualTo(customer);
        assertThat(r.path("vehicleId").asLong()).isEqualTo(car);
        assertThat(r.path("customerPhone").asText()).isEqualTo("010-7777-8888");
        assertThat(r.path("estimatedHours").decimalValue()).isEqualByComparingTo("6");
        assertThat(capacity(kimId, today)).as("6, not 12").isEqualByComparingTo("6");
        List<String> types =
                boss.get("/events?since=" + seq).json().path("items").findValuesAsText("type");
        assertThat(types)
                .startsWith("ManDayRestored")
                .endsWith("CustomerArrived")
                .contains("RepairRequested", "JobCreated");
        assertThat(counter.post("/appointments/" + a.id() + "/arrive", null).status())
                .as("arrived once")
                .isEqualTo(409);

        // no mechanic booked: one must be named, and then checked
        Api.Res open = book(today, "15:00", "3", null, null);
        Api.Res none = counter.post("/appointments/" + open.id() + "/arrive", null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("mechanicId");
        Api.Res tooMuch = counter.post("/appointments/" + open.id() + "/arrive", obj("mechanicId", kimId));
        assertThat(tooMuch.status()).as("kim has 2 h left").isEqualTo(409);
        assertThat(status(counter.get("/appointments/" + open.id()))).isEqualTo("BOOKED");
        Api.Res lee = counter.post("/appointments/" + open.id() + "/arrive", obj("mechanicId", leeId));
        assertThat(lee.status()).as(lee.toString()).isEqualTo(200);
        assertThat(lee.json().path("mechanicId").asLong()).isEqualTo(leeId);
    }

    @Test
    void aNoShowGivesTheSlotBackAndIsMarkedOnlyOnItsDay() {
        Api.Res future = book(monday, "10:00", "1", kimId, null);
        assertThat(counter.post("/appointments/" + future.id() + "/noShow", null)
                        .status())
                .isEqualTo(409);
        Api.Res now = book(today, "09:00", "1", kimId, null);
        Api.Res noShow = counter.post("/appointments/" + now.id() + "/noShow", null);
        assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
        assertThat(status(noShow)).isEqualTo("NO_SHOW");
        assertThat(capacity(kimId, today)).isEqualByComparingTo("0");
    }

    @Test
    void aBookedMechanicsHoursCountForReceiptsToo() {
        assertThat(status(book(monday, "09:00", "3", leeId, null))).isEqualTo("BOOKED");
        Api.Res r = counter.post(
                "/receipts",
                obj(
                        "customerName", "홍길동",
                        "customerPhone", "010-1234-5678",
                        "carId", "34나 5678",
                        "mechanicId", leeId,
                        "requestDate", monday.toString(),
                        "estimatedHours", "1.5",
                        "request", "점검"));
        assertThat(r.json().path("status").asText()).as("3 of 4 h booked").isEqualTo("REJECTED");
        assertThat(r.json().path("rejectionReason").asText()).isEqualTo("MECHANIC_CAPACITY");
    }

    @Test
    void aMechanicSeesOnlyTheirOwnAppointmentsAndKeysRepeatABooking() {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer);
        body.put("vehicleId", car);
        body.put("date", monday.toString());
        body.put("startTime", "10:00");
        body.put("hours", "1");
        body.put("mechanicId", kimId);
        body.put("request", "점검");
        body.put("dropOff", "DROP");
        Api.Res first = counter.post("/appointments", body, Map.of("Idempotency-Key", "book-1"));
        Api.Res again = counter.post("/appointments", body, Map.of("Idempotency-Key", "book-1"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(capacity(kimId, monday)).as("booked once").isEqualByComparingTo("1");
        Api.Res leeBooking = book(monday, "11:00", "1", leeId, null);
        assertThat(kim.get("/appointments").json().path("items").findValuesAsText("mechanicName"))
                .containsExactly("김민수");
        assertThat(kim.get("/appointments?mechanicId=" + leeId).status()).isEqualTo(403);
        assertThat(kim.get("/appointments/" + leeBooking.id()).status()).isEqualTo(403);
        assertThat(kim.get("/appointments/" + first.id()).status()).isEqualTo(200);
        assertThat(kim.get("/schedule?date=" + monday).status()).isEqualTo(403);
    }
}
