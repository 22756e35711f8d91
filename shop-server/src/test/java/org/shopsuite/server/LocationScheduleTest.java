package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Each location's own opening hours, holidays, bays and appointments (issue 22, settings split): a
 * location's closed day refuses its receipts and bookings and not another's; a booking takes its
 * location's bays; the control view and the availability are a location's; a restart keeps it all.
 */
class LocationScheduleTest {
    @TempDir
    Path dir;

    private final LocalDate monday =
            LocalDate.now(ZoneId.of("Asia/Seoul")).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    /** Open 09:00-18:00, or closed on {@code closedDay}. */
    private static List<Map<String, Object>> week(DayOfWeek closedDay) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(
                    d == closedDay
                            ? Map.of("day", d.name(), "closed", true)
                            : Map.of("day", d.name(), "opens", "09:00", "closes", "18:00"));
        }
        return days;
    }

    private static Api.Res book(Api api, long customer, long car, LocalDate date, String start, Long bay) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer);
        body.put("vehicleId", car);
        body.put("date", date.toString());
        body.put("startTime", start);
        body.put("hours", "1");
        body.put("request", "엔진오일 교환");
        body.put("dropOff", "WAIT");
        if (bay != null) {
            body.put("bayId", bay);
        }
        return api.post("/appointments", body);
    }

    private static List<String> names(JsonNode rows, String field) {
        List<String> out = new ArrayList<>();
        rows.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void hoursBaysAndBookingsAreEachLocationsOwn() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api first = Shop.admin(server);
            long mechanic = Shop.mechanic(first, "김정비", "8");
            long gangnam = first.post(
                            "/locations",
                            obj(
                                    "name", "강남점",
                                    "address", "서울 강남구 테헤란로 1",
                                    "invoicePrefix", "INV-GN",
                                    "timezone", "Asia/Seoul"))
                    .id();
            Api boss = Shop.managerAt(first, gangnam);

            // hours: location 1 closed on Mondays, Gangnam on Tuesdays, each with its own version
            Api.Res one =
                    first.put("/shop/hours", obj("weekdays", week(DayOfWeek.MONDAY)), Map.of("If-Match", "\"0\""));
            assertThat(one.status()).as(one.toString()).isEqualTo(200);
            assertThat(one.json().path("locationId").asLong()).isEqualTo(1);
            Api.Res gn = boss.put(
                    "/shop/hours",
                    obj(
                            "weekdays",
                            week(DayOfWeek.TUESDAY),
                            "holidays",
                            List.of(monday.plusDays(2).toString())),
                    Map.of("If-Match", "\"0\""));
            assertThat(gn.status())
                    .as("Gangnam's hours start at version 0 too: " + gn)
                    .isEqualTo(200);
            assertThat(gn.json().path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(boss.get("/shop/hours?locationId=1")
                            .json()
                            .path("weekdays")
                            .get(0)
                            .path("closed")
                            .asBoolean())
                    .as("location 1's Monday")
                    .isTrue();
            assertThat(boss.get("/shop/hours")
                            .json()
                            .path("weekdays")
                            .get(0)
                            .path("closed")
                            .asBoolean())
                    .as("Gangnam's Monday")
                    .isFalse();
            assertThat(boss.get("/shop/hours").json().path("holidays").get(0).asText())
                    .isEqualTo(monday.plusDays(2).toString());
            assertThat(first.get("/shop/hours").json().path("holidays")).isEmpty();
            assertThat(boss.get("/shop/hours?locationId=99").errorFields()).containsExactly("locationId");
            JsonNode changed = boss.get("/events?since=0&limit=500").json().path("items");
            JsonNode last = null;
            for (JsonNode e : changed) {
                if (e.path("type").asText().equals("OpeningHoursChanged")) {
                    last = e;
                }
            }
            assertThat(last).isNotNull();
            assertThat(last.path("data").path("locationId").asLong()).isEqualTo(gangnam);

            // receipts: Monday is closed at location 1 only, Tuesday at Gangnam only
            Map<String, Object> receipt = new HashMap<>(Map.of(
                    "customerName", "홍길동",
                    "customerPhone", "010-1234-5678",
                    "carId", "12가 3456",
                    "mechanicId", mechanic,
                    "estimatedHours", "1",
                    "request", "엔진오일 교환"));
            receipt.put("requestDate", monday.toString());
            assertThat(first.post("/receipts", receipt)
                            .json()
                            .path("rejectionReason")
                            .asText())
                    .isEqualTo("SHOP_CLOSED");
            JsonNode mondayThere = boss.post("/receipts", receipt).json();
            assertThat(mondayThere.path("status").asText())
                    .as(mondayThere.toString())
                    .isEqualTo("ACCEPTED");
            receipt.put("requestDate", monday.plusDays(1).toString());
            assertThat(boss.post("/receipts", receipt)
                            .json()
                            .path("rejectionReason")
                            .asText())
                    .isEqualTo("SHOP_CLOSED");
            assertThat(first.post("/receipts", receipt).json().path("status").asText())
                    .isEqualTo("ACCEPTED");

            // bays: each location's, names unique within a location only
            long lift1 = first.post("/bays", obj("name", "1번 리프트")).id();
            Api.Res same = boss.post("/bays", obj("name", "1번 리프트"));
            assertThat(same.status())
                    .as("the same name at another location: " + same)
                    .isEqualTo(201);
            long gnLift = same.id();
            assertThat(same.json().path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(boss.post("/bays", obj("name", "1번 리프트")).status()).isEqualTo(409);
            assertThat(names(boss.get("/bays").json().path("items"), "id")).containsExactly("" + gnLift);
            assertThat(names(boss.get("/bays?locationId=1").json().path("items"), "id"))
                    .containsExactly("" + lift1);

            // bookings: at the session's location, with its bays and hours
            long customer = mondayThere.path("customerId").asLong();
            long car = mondayThere.path("vehicleId").asLong();
            Api.Res there = book(boss, customer, car, monday, "10:00", null);
            assertThat(there.status()).as(there.toString()).isEqualTo(201);
            assertThat(there.json().path("status").asText()).isEqualTo("BOOKED");
            assertThat(there.json().path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(there.json().path("bayId").asLong()).as("Gangnam's lift").isEqualTo(gnLift);
            assertThat(book(boss, customer, car, monday, "10:00", lift1).errorFields())
                    .as("a bay of another location")
                    .containsExactly("bayId");
            assertThat(book(boss, customer, car, monday, "10:00", null)
                            .json()
                            .path("rejectionReason")
                            .asText())
                    .as("Gangnam's one lift is taken at 10:00 (location 1's is free)")
                    .isEqualTo("BAY_FULL");
            assertThat(book(first, customer, car, monday, "10:00", null)
                            .json()
                            .path("rejectionReason")
                            .asText())
                    .as("location 1 is closed on Mondays")
                    .isEqualTo("SHOP_CLOSED");
            Api.Res here = book(first, customer, car, monday.plusDays(1), "10:00", null);
            assertThat(here.json().path("status").asText()).as(here.toString()).isEqualTo("BOOKED");
            assertThat(here.json().path("bayId").asLong()).isEqualTo(lift1);
            assertThat(book(boss, customer, car, monday.plusDays(2), "10:00", null)
                            .json()
                            .path("rejectionReason")
                            .asText())
                    .as("Gangnam's holiday")
                    .isEqualTo("SHOP_CLOSED");

            // the views of a day and the lists are a location's
            JsonNode view = boss.get("/schedule?date=" + monday).json();
            assertThat(view.path("closed").asBoolean()).isFalse();
            assertThat(names(view.path("bays"), "bayId")).containsExactly("" + gnLift);
            assertThat(view.path("bays").get(0).path("slots")).hasSize(1);
            assertThat(first.get("/schedule?date=" + monday)
                            .json()
                            .path("closed")
                            .asBoolean())
                    .isTrue();
            JsonNode free =
                    boss.get("/availability?date=" + monday + "&hours=1").json();
            assertThat(names(free.path("bays"), "bayId")).containsExactly("" + gnLift);
            assertThat(free.path("bays").get(0).path("startTimes").toString()).doesNotContain("\"10:00\"");
            assertThat(names(
                            boss.get("/appointments?locationId=" + gangnam + "&status=BOOKED")
                                    .json()
                                    .path("items"),
                            "id"))
                    .containsExactly(there.json().path("id").asText());
            assertThat(boss.get("/appointments?status=BOOKED").json().path("items"))
                    .as("the chain's")
                    .hasSize(2);

            // the arrival makes the receipt at the booking's location, whoever marks it
            Api.Res arrived = first.post(
                    "/appointments/" + there.json().path("id").asLong() + "/arrive", obj("mechanicId", mechanic));
            assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
            long made = arrived.json().path("receiptId").asLong();
            assertThat(first.get("/receipts/" + made).json().path("locationId").asLong())
                    .isEqualTo(gangnam);
        }
        // after a restart
        try (TestServer server = new TestServer(dir)) {
            Api first = Shop.admin(server);
            Api.Res login =
                    first.post("/auth/login", obj("username", "boss.gn", "password", "password-1", "locationId", 2));
            Api boss = first.withToken(login.json().path("token").asText());
            assertThat(boss.get("/shop/hours")
                            .json()
                            .path("weekdays")
                            .get(1)
                            .path("closed")
                            .asBoolean())
                    .isTrue();
            assertThat(boss.get("/shop/hours").json().path("version").asLong()).isEqualTo(1);
            assertThat(boss.get("/bays").json().path("items")).hasSize(1);
            assertThat(first.get("/bays").json().path("items")).hasSize(1);
        }
    }
}
