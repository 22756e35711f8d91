package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.model.EventType;
import org.shopsuite.model.Json;
import org.shopsuite.model.event.EventData;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/**
 * Events are permanent data: every event ever stored must read into the record of its type, and
 * that record must say all the stored event said (no field of the log is lost by its record).
 */
class StoredEventsTest {
    final ObjectMapper json = Json.newMapper();

    @TempDir
    Path dir;

    @Test
    void everyEventOfTheFirstReleasesDatabaseReadsIntoItsRecord() throws Exception {
        Path old = dir.resolve("old.db");
        try (InputStream in = StoredEventsTest.class.getResourceAsStream(UpgradeTest.FIXTURE)) {
            Files.copy(in, old);
        }
        assertThat(readAll(old)).isEqualTo(97);
    }

    @Test
    void everyEventTheServerWritesReadsIntoItsRecordAndEveryTypeIsCovered() throws Exception {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), true)) {
            Api manager = server.api().as("manager", DemoData.PASSWORD);
            // What the demo may not show: a part out of stock, a part returned, stock run low, a
            // stock correction, a paid invoice voided with its refund and issued again.
            long job = manager.get("/jobs?status=IN_PROGRESS")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            Api.Res tooMany =
                    manager.post("/jobs/" + job + "/partRequests", Api.obj("vehiclePartId", 1, "quantity", 9999));
            assertThat(tooMany.json().path("status").asText()).isEqualTo("REJECTED");
            Api.Res backordered =
                    manager.post("/partRequests/" + tooMany.id() + "/backorder", Api.obj("supplierId", 1));
            assertThat(backordered.status()).as(backordered.toString()).isEqualTo(200);
            long issued = manager.post("/jobs/" + job + "/partRequests", Api.obj("vehiclePartId", 1, "quantity", 1))
                    .id();
            assertThat(manager.post("/jobs/" + job + "/partRequests/" + issued + "/return", null)
                            .status())
                    .isEqualTo(200);
            int stock = manager.get("/vehicleParts/2").json().path("stock").asInt();
            assertThat(manager.post("/vehicleParts/2/stockAdjustments", Api.obj("delta", -stock, "reason", "파손 폐기"))
                            .status())
                    .isEqualTo(201);
            assertThat(manager.post("/vehicleParts/1/stockAdjustments", Api.obj("delta", 5, "reason", "재고 실사"))
                            .status())
                    .isEqualTo(201);
            long invoice = manager.get("/invoices")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            assertThat(manager.post("/invoices/" + invoice + "/void", Api.obj("reason", "오발행", "refundMethod", "CASH"))
                            .status())
                    .isEqualTo(200);
            long receipt =
                    manager.get("/invoices/" + invoice).json().path("receiptId").asLong();
            // a payment voided by a manager (the demo's partly paid invoice)
            long payment = manager.get("/invoices?status=PARTIALLY_PAID")
                    .json()
                    .path("items")
                    .get(0)
                    .path("payments")
                    .get(0)
                    .path("id")
                    .asLong();
            Api.Res voided = manager.post("/payments/" + payment + "/void", Api.obj("reason", "오결제"));
            assertThat(voided.status()).as(voided.toString()).isEqualTo(201);
            assertThat(manager.post("/receipts/" + receipt + "/reissueInvoice", Api.obj("reason", "재발행"))
                            .status())
                    .isEqualTo(200);
            // a receipt edited at the counter
            Api.Res waiting = manager.get("/receipts/4"); // the demo's waiting job
            Api.Res edited = manager.patch(
                    "/receipts/4",
                    Api.obj("request", "에어컨 냉매 충전, 컴프레서 점검 및 필터 교환"),
                    Map.of("If-Match", "\"" + waiting.json().path("version").asText() + "\""));
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            // a booked customer arrives: the receipt is made from the appointment
            long booked = manager.get("/appointments?status=BOOKED&locationId=1")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            Api.Res arrived = manager.post("/appointments/" + booked + "/arrive", Api.obj("mechanicId", 1));
            assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
            // its work invoiced: the deposit pays part of it; that payment voided (the points come
            // back), the booking's coupon redeemed, points spent, and the invoice voided (the coupon
            // returned, the points it earned reversed)
            JsonNode made = manager.get(
                            "/receipts/" + arrived.json().path("receiptId").asLong())
                    .json();
            long arrivedJob = made.path("jobId").asLong();
            assertThat(manager.post("/jobs/" + arrivedJob + "/start", null).status())
                    .isEqualTo(200);
            assertThat(manager.post("/jobs/" + arrivedJob + "/finish", Api.obj("laborHours", "1.5"))
                            .status())
                    .isEqualTo(200);
            JsonNode bill = manager.get("/invoices/"
                            + manager.get("/receipts/" + made.path("id").asLong())
                                    .json()
                                    .path("invoiceId")
                                    .asLong())
                    .json();
            long billId = bill.path("id").asLong();
            assertThat(bill.path("payments").get(0).path("method").asText()).isEqualTo("POINTS");
            assertThat(manager.post(
                                    "/payments/"
                                            + bill.path("payments")
                                                    .get(0)
                                                    .path("id")
                                                    .asLong() + "/void",
                                    Api.obj("reason", "쿠폰 먼저"))
                            .status())
                    .isEqualTo(201);
            long customerId = made.path("customerId").asLong();
            String code = manager.get("/customers/" + customerId + "/coupons")
                    .json()
                    .path("items")
                    .get(0)
                    .path("code")
                    .asText();
            Api.Res redeemed = manager.post("/invoices/" + billId + "/coupons", Api.obj("code", code));
            assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(201);
            long total = redeemed.json().path("total").asLong();
            assertThat(manager.post("/invoices/" + billId + "/payments", Api.obj("amount", 1000, "method", "POINTS"))
                            .status())
                    .isEqualTo(201);
            assertThat(manager.post(
                                    "/invoices/" + billId + "/payments",
                                    Api.obj("amount", total - 1000, "method", "CARD"))
                            .status())
                    .isEqualTo(201);
            assertThat(manager.post("/invoices/" + billId + "/void", Api.obj("reason", "오발행", "refundMethod", "CARD"))
                            .status())
                    .isEqualTo(200);
            // a comeback of the demo (정우성's brakes) given to a mechanic and re-repaired
            long claim = manager.get("/warrantyClaims?status=REGISTERED")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            Api.Res assigned = manager.post(
                    "/warrantyClaims/" + claim + "/assign",
                    Api.obj("mechanicId", 4, "reasonCode", "WORKMANSHIP", "estimatedHours", "1"));
            assertThat(assigned.json().path("status").asText())
                    .as(assigned.toString())
                    .isEqualTo("ASSIGNED");
            long claimJob = assigned.json().path("jobId").asLong();
            assertThat(manager.post("/jobs/" + claimJob + "/start", null).status())
                    .isEqualTo(200);
            assertThat(manager.post("/jobs/" + claimJob + "/finish", Api.obj("laborHours", "0.5"))
                            .status())
                    .isEqualTo(200);
            // the demo's work sent out: the glass shop completes the comeback, the alignment is withdrawn
            for (JsonNode order : manager.get("/subletOrders").json().path("items")) {
                long orderId = order.path("id").asLong();
                Api.Res next = order.path("claimId").isNull()
                        ? manager.post("/subletOrders/" + orderId + "/cancel", Api.obj("reason", "고객 요청"))
                        : manager.post(
                                "/subletOrders/" + orderId + "/complete",
                                Api.obj("notes", "실링 재시공", "cost", 90_000, "vendorInvoiceNumber", "GN-1"));
                assertThat(next.status()).as(next.toString()).isEqualTo(200);
            }
            // the time clock: the demo's job in progress paused and resumed, its mechanic clocked
            // out, and a manager's correction of the clock-out
            long running = manager.get("/jobs?status=IN_PROGRESS")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            long mechanic =
                    manager.get("/jobs/" + running).json().path("mechanicId").asLong();
            assertThat(manager.post("/jobs/" + running + "/clock/pause", Api.obj("reason", "WAITING_PARTS"))
                            .status())
                    .isEqualTo(200);
            assertThat(manager.post("/jobs/" + running + "/clock/resume", null).status())
                    .isEqualTo(200);
            assertThat(manager.post("/mechanics/" + mechanic + "/clock/out", null)
                            .status())
                    .isEqualTo(200);
            JsonNode attendance = null;
            for (JsonNode t : manager.get("/mechanics/" + mechanic + "/timeEntries")
                    .json()
                    .path("items")) {
                if (t.path("kind").asText().equals("ATTENDANCE")) {
                    attendance = t;
                }
            }
            assertThat(attendance).isNotNull();
            Api.Res corrected = manager.patch(
                    "/timeEntries/" + attendance.path("id").asLong(),
                    Api.obj(
                            "start",
                            java.time.Instant.parse(attendance.path("start").asText())
                                    .minusSeconds(600)
                                    .toString(),
                            "reason",
                            "출근 기록 정정"),
                    Map.of("If-Match", "\"" + attendance.path("version").asLong() + "\""));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(manager.post(
                                    "/reminders/run",
                                    Api.obj(
                                            "date",
                                            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                                                    .toString()))
                            .status())
                    .isEqualTo(200);
            // stock moved between the demo's two locations
            assertThat(manager.post(
                                    "/stockTransfers",
                                    Api.obj(
                                            "fromLocationId",
                                            1,
                                            "toLocationId",
                                            2,
                                            "lines",
                                            java.util.List.of(Map.of("vehiclePartId", 1, "quantity", 1))))
                            .status())
                    .isEqualTo(201);
            // and each kind of master data edited
            for (String thing : new String[] {
                "/vehicleParts/1",
                "/mechanics/1",
                "/users/2",
                "/customers/1",
                "/vehicles/1",
                "/cannedJobs/1",
                "/suppliers/1",
                "/promotions/1"
            }) {
                ObjectNode body = (ObjectNode) manager.get(thing).json();
                String version = body.path("version").asText();
                body.remove(java.util.List.of("id", "version"));
                assertThat(manager.patch(thing, body, Map.of("If-Match", "\"" + version + "\""))
                                .status())
                        .as("PATCH %s", thing)
                        .isEqualTo(200);
            }
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        try (Connection c = TestServer.database(dir)) {
            assertThat(readAll(c, seen)).isPositive();
        }
        assertThat(seen).as("every event type occurs").containsExactlyInAnyOrder(EventType.values());
    }

    private int readAll(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return readAll(c, EnumSet.noneOf(EventType.class));
        }
    }

    /** Reads every stored event into its record and checks the record gives back what was stored. */
    private int readAll(Connection c, Set<EventType> seen) throws Exception {
        int n = 0;
        try (ResultSet r = c.createStatement().executeQuery("SELECT seq, type, data FROM events ORDER BY seq")) {
            while (r.next()) {
                EventType type = EventType.valueOf(r.getString("type"));
                String stored = r.getString("data");
                EventData data = json.readValue(stored, EventData.classOf(type));
                assertThat(data.type()).isEqualTo(type);
                JsonNode storedTree = json.readTree(stored);
                ObjectNode again = json.valueToTree(data);
                dropNullsAbsentFrom(again, storedTree);
                // written and read again, so numbers compare by value, not by node class
                assertThat(json.readTree(json.writeValueAsString(again)))
                        .as("event %d (%s) as its record says it", r.getLong("seq"), type)
                        .isEqualTo(storedTree);
                seen.add(type);
                n++;
            }
        }
        return n;
    }

    /** A field added to a record after an event was stored reads as null: not a difference. */
    private static void dropNullsAbsentFrom(ObjectNode record, JsonNode stored) {
        record.properties().removeIf(f -> f.getValue().isNull() && !stored.has(f.getKey()));
    }
}
