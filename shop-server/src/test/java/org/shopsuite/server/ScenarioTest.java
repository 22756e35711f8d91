package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** The origin scenario, end to end, over real HTTP and WebSocket against a real SQLite file. */
class ScenarioTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    Api counter;
    Api mechanic;
    long mechanicId;
    long oil;
    long pads;

    /** The server under test: on a SQLite file here, on PostgreSQL in {@link PostgresScenarioTest}. */
    TestServer newServer(Path dir) throws Exception {
        return new TestServer(dir);
    }

    @BeforeEach
    void setUp() throws Exception {
        server = newServer(dir);
        manager = Shop.admin(server);
        Api.Res shop = manager.get("/shop");
        Api.Res put = manager.put(
                "/shop",
                obj(
                        "name",
                        "한빛 정비소",
                        "address",
                        "서울",
                        "phone",
                        "02-123-4567",
                        "currency",
                        "KRW",
                        "laborRatePerHour",
                        66_667,
                        "taxRatePercent",
                        10,
                        "timezone",
                        "Asia/Seoul",
                        "invoicePrefix",
                        "INV"),
                Map.of("If-Match", shop.header("ETag")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        mechanicId = Shop.mechanic(manager, "김민수", "8");
        oil = Shop.part(manager, "EO-5W30", "엔진오일 5W-30", 10, 48_000);
        pads = Shop.part(manager, "BP-FR", "브레이크 패드", 1, 65_000);
        counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        mechanic = Shop.user(manager, "kim", "MECHANIC", mechanicId);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void runsTheRepairShopScenarioEndToEnd() throws Exception {
        long startSeq = manager.get("/events?limit=500").json().path("items").size();
        try (EventClient stream = EventClient.connect(counter, startSeq)) {
            // 1-2. A receipt that fits is accepted with a job; one that does not is rejected.
            Api.Res accepted = Shop.receipt(counter, mechanicId, "5.5");
            assertThat(accepted.status()).isEqualTo(201);
            assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
            long receiptId = accepted.id();
            long jobId = accepted.json().path("jobId").asLong();
            assertThat(jobId).isPositive();

            Api.Res rejected = Shop.receipt(counter, mechanicId, "3");
            assertThat(rejected.status()).isEqualTo(201);
            assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
            assertThat(rejected.json().path("rejectionReason").asText()).isEqualTo("MECHANIC_CAPACITY");
            assertThat(rejected.json().path("jobId").isNull()).isTrue();

            JsonNode capacity =
                    manager.get("/mechanics/" + mechanicId + "/capacity").json();
            assertThat(capacity.path("bookedHours").decimalValue()).isEqualByComparingTo("5.5");
            assertThat(capacity.path("remainingHours").decimalValue()).isEqualByComparingTo("2.5");

            // 3. The mechanic starts the job and asks for parts.
            assertThat(mechanic.post("/jobs/" + jobId + "/start", null)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("IN_PROGRESS");
            Api.Res issued =
                    mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", 2));
            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.json().path("status").asText()).isEqualTo("ISSUED");
            assertThat(issued.json().path("unitPrice").asLong()).isEqualTo(48_000);

            // 4. A part short of stock is rejected, and stock is untouched.
            Api.Res short_ =
                    mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", pads, "quantity", 2));
            assertThat(short_.status()).isEqualTo(201);
            assertThat(short_.json().path("status").asText()).isEqualTo("REJECTED");
            assertThat(short_.json().path("rejectionReason").asText()).isEqualTo("OUT_OF_STOCK");
            assertThat(manager.get("/vehicleParts/" + oil).json().path("stock").asInt())
                    .isEqualTo(8);
            assertThat(manager.get("/vehicleParts/" + pads).json().path("stock").asInt())
                    .isEqualTo(1);

            // 5. Finishing issues the invoice: labour 1.25 h x 66,667 = 83,333.75 -> 83,334.
            Api.Res finished = mechanic.post("/jobs/" + jobId + "/finish", obj("laborHours", "1.25", "notes", "완료"));
            assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
            long invoiceId = finished.json().path("invoiceId").asLong();
            JsonNode invoice = counter.get("/invoices/" + invoiceId).json();
            assertThat(invoice.path("number").asText()).matches("INV-\\d{4}-000001");
            JsonNode lines = invoice.path("lines");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).path("kind").asText()).isEqualTo("LABOR");
            assertThat(lines.get(0).path("quantity").decimalValue()).isEqualByComparingTo("1.25");
            assertThat(lines.get(0).path("amount").asLong()).isEqualTo(83_334);
            assertThat(lines.get(1).path("kind").asText()).isEqualTo("PART");
            assertThat(lines.get(1).path("amount").asLong()).isEqualTo(96_000);
            assertThat(invoice.path("subtotal").asLong()).isEqualTo(179_334);
            assertThat(invoice.path("tax").asLong()).isEqualTo(17_933); // 17,933.4 -> 17,933
            assertThat(invoice.path("total").asLong()).isEqualTo(197_267);
            assertThat(invoice.path("balance").asLong()).isEqualTo(197_267);
            assertThat(invoice.path("status").asText()).isEqualTo("ISSUED");

            // Finishing early gives the unused hours back to the mechanic's day.
            capacity = manager.get("/mechanics/" + mechanicId + "/capacity").json();
            assertThat(capacity.path("bookedHours").decimalValue()).isEqualByComparingTo("1.25");

            // Payments: partial, then the rest; overpaying is refused.
            Api.Res part1 =
                    counter.post("/invoices/" + invoiceId + "/payments", obj("amount", 100_000, "method", "CASH"));
            assertThat(part1.status()).isEqualTo(201);
            assertThat(part1.json().path("status").asText()).isEqualTo("PARTIALLY_PAID");
            Api.Res over =
                    counter.post("/invoices/" + invoiceId + "/payments", obj("amount", 100_000, "method", "CARD"));
            assertThat(over.status()).isEqualTo(409);
            assertThat(over.errorFields()).containsExactly("amount");
            Api.Res rest =
                    counter.post("/invoices/" + invoiceId + "/payments", obj("amount", 97_267, "method", "card"));
            assertThat(rest.json().path("status").asText()).isEqualTo("PAID");
            assertThat(rest.json().path("balance").asLong()).isZero();

            // The receipt shows its job, parts and invoice.
            JsonNode receipt = counter.get("/receipts/" + receiptId).json();
            assertThat(receipt.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(receipt.path("jobStatus").asText()).isEqualTo("FINISHED");
            assertThat(receipt.path("invoiceId").asLong()).isEqualTo(invoiceId);
            assertThat(receipt.path("partRequestIds").toString())
                    .isEqualTo("[" + issued.id() + "," + short_.id() + "]");
            // The list shows each receipt exactly as its own resource does.
            JsonNode listed = counter.get("/receipts?limit=10").json().path("items");
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0))
                    .isEqualTo(counter.get("/receipts/" + rejected.id()).json());
            assertThat(listed.get(1)).isEqualTo(receipt);
            assertThat(counter.get("/receipts?q=" + receipt.path("customerName").asText())
                            .json()
                            .path("items")
                            .get(1))
                    .isEqualTo(receipt);

            // The status board: a row per receipt, rejected ones too.
            JsonNode board = counter.get("/statusPages").json().path("items");
            assertThat(board).hasSize(2);
            JsonNode done = row(board, receiptId);
            assertThat(done.path("receiptStatus").asText()).isEqualTo("COMPLETED");
            assertThat(done.path("jobStatus").asText()).isEqualTo("FINISHED");
            assertThat(done.path("mechanicName").asText()).isEqualTo("김민수");
            assertThat(done.path("invoiceTotal").asLong()).isEqualTo(197_267);
            JsonNode no = row(board, rejected.id());
            assertThat(no.path("receiptStatus").asText()).isEqualTo("REJECTED");
            assertThat(no.path("jobStatus").isNull()).isTrue();
            // One row by receipt id, the same as in the list; an unknown one is a 404 problem.
            assertThat(counter.get("/statusPages/" + receiptId).json()).isEqualTo(done);
            Api.Res missing = counter.get("/statusPages/999999");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().path("status").asInt()).isEqualTo(404);

            // The live stream saw every change, in order, keyed by receipt id.
            long last = manager.get("/events?since=" + startSeq + "&limit=500")
                            .json()
                            .path("items")
                            .size()
                    + startSeq;
            stream.awaitSeq(last, Duration.ofSeconds(5));
            List<JsonNode> events = stream.events();
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).path("seq").asLong()).isEqualTo(startSeq + i + 1);
            }
            assertThat(typesOf(events, receiptId))
                    .containsExactly(
                            "RepairRequested",
                            "ManDayDecreased",
                            "JobCreated",
                            "JobStarted",
                            "JobClockStarted",
                            "PartRequested",
                            "PartIssued",
                            "PartRequested",
                            "PartRequestRejected",
                            "JobFinished",
                            "InvoiceIssued",
                            "PaymentRecorded",
                            "PaymentRecorded");
            assertThat(typesOf(events, rejected.id()))
                    .containsExactly("RepairRequested", "ManDayOver", "ReceiptRejected");
        }
    }

    @Test
    void cancellingCompensatesHoursAndStock() {
        Api.Res r = Shop.receipt(counter, mechanicId, "8");
        long jobId = r.json().path("jobId").asLong();
        mechanic.post("/jobs/" + jobId + "/start", null);
        mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", 3));
        assertThat(Shop.receipt(counter, mechanicId, "1").json().path("status").asText())
                .isEqualTo("REJECTED");

        Api.Res cancelled = counter.post("/receipts/" + r.id() + "/cancel", obj("reason", "고객 요청"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("jobStatus").asText()).isEqualTo("CANCELLED");
        assertThat(manager.get("/vehicleParts/" + oil).json().path("stock").asInt())
                .isEqualTo(10);
        assertThat(manager.get("/mechanics/" + mechanicId + "/capacity")
                        .json()
                        .path("remainingHours")
                        .decimalValue())
                .isEqualByComparingTo("8");
        assertThat(Shop.receipt(counter, mechanicId, "1").json().path("status").asText())
                .isEqualTo("ACCEPTED");

        JsonNode ledger =
                manager.get("/vehicleParts/" + oil + "/movements").json().path("items");
        assertThat(ledger).hasSize(3);
        assertThat(ledger.get(0).path("kind").asText()).isEqualTo("RETURN");
        assertThat(ledger.get(0).path("stockAfter").asInt()).isEqualTo(10);
        assertThat(ledger.get(1).path("kind").asText()).isEqualTo("ISSUE");
        assertThat(ledger.get(1).path("actor").asText()).isEqualTo("kim");

        // Cancelled again, or cancelled after the job is finished: 409.
        assertThat(counter.post("/receipts/" + r.id() + "/cancel", obj("reason", "x"))
                        .status())
                .isEqualTo(409);
        List<String> timeline = new ArrayList<>();
        counter.get("/receipts/" + r.id() + "/events")
                .json()
                .path("items")
                .forEach(e -> timeline.add(e.path("type").asText()));
        assertThat(timeline).containsSubsequence("PartReturned", "JobCancelled", "ManDayRestored", "ReceiptCancelled");
    }

    @Test
    void returnsAnUnusedPartBeforeFinishingAndBillsOnlyWhatWasUsed() {
        long jobId = Shop.receipt(counter, mechanicId, "2").json().path("jobId").asLong();
        mechanic.post("/jobs/" + jobId + "/start", null);
        long kept = mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", 1))
                .id();
        long back = mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", 2))
                .id();
        Api.Res returned = mechanic.post("/jobs/" + jobId + "/partRequests/" + back + "/return", null);
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(mechanic.post("/jobs/" + jobId + "/partRequests/" + back + "/return", null)
                        .status())
                .isEqualTo(409);
        assertThat(manager.get("/vehicleParts/" + oil).json().path("stock").asInt())
                .isEqualTo(9);

        JsonNode job = mechanic.post("/jobs/" + jobId + "/finish", null).json();
        assertThat(job.path("laborHours").decimalValue()).isEqualByComparingTo("2");
        JsonNode invoice =
                manager.get("/invoices/" + job.path("invoiceId").asLong()).json();
        assertThat(invoice.path("lines")).hasSize(2);
        assertThat(invoice.path("lines").get(1).path("amount").asLong()).isEqualTo(48_000);
        assertThat(kept).isNotEqualTo(back);
        // After finishing, nothing more can happen to the job.
        assertThat(mechanic.post("/jobs/" + jobId + "/start", null).status()).isEqualTo(409);
        assertThat(mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", 1))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void lowStockIsAnnouncedWhenStockFallsToTheReorderPoint() {
        Api.Res p = manager.post(
                "/vehicleParts",
                obj("partId", "F-1", "partName", "필터", "stock", 5, "partPrice", 9000, "reorderPoint", 3));
        long jobId = Shop.receipt(counter, mechanicId, "1").json().path("jobId").asLong();
        mechanic.post("/jobs/" + jobId + "/start", null);
        mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", p.id(), "quantity", 2));
        assertThat(manager.get("/vehicleParts?lowStock=true")
                        .json()
                        .path("items")
                        .findValuesAsText("partId"))
                .contains("F-1");
        List<String> types = new ArrayList<>();
        manager.get("/events?limit=500")
                .json()
                .path("items")
                .forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).contains("LowStock");
    }

    private static JsonNode row(JsonNode board, long receiptId) {
        for (JsonNode r : board) {
            if (r.path("receiptId").asLong() == receiptId) {
                return r;
            }
        }
        throw new AssertionError("no board row for receipt " + receiptId);
    }

    private static List<String> typesOf(List<JsonNode> events, long receiptId) {
        List<String> types = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("receiptId").asLong() == receiptId) {
                types.add(e.path("type").asText());
            }
        }
        return types;
    }
}
