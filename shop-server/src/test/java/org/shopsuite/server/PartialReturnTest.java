package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Issue 15: returning part of what was issued, over real HTTP against a real SQLite file. */
class PartialReturnTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    Api counter;
    Api mechanic;
    long mechanicId;
    long oil;
    long jobId;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        mechanicId = Shop.mechanic(manager, "김민수", "8");
        oil = Shop.part(manager, "EO-5W30", "엔진오일 5W-30", 10, 48_000);
        counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        mechanic = Shop.user(manager, "kim", "MECHANIC", mechanicId);
        jobId = Shop.receipt(counter, mechanicId, "2").json().path("jobId").asLong();
        assertThat(mechanic.post("/jobs/" + jobId + "/start", null).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private long issue(int quantity) {
        Api.Res r = mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", oil, "quantity", quantity));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("status").asText()).isEqualTo("ISSUED");
        return r.id();
    }

    private Api.Res giveBack(long requestId, Object body) {
        return mechanic.post("/jobs/" + jobId + "/partRequests/" + requestId + "/return", body);
    }

    private int stock() {
        return manager.get("/vehicleParts/" + oil).json().path("stock").asInt();
    }

    @Test
    void returnsPartOfAnIssuedRequestThenTheRestAndBillsNothingOfIt() {
        long rid = issue(4);
        assertThat(stock()).isEqualTo(6);

        Api.Res first = giveBack(rid, obj("quantity", 1));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("status").asText()).isEqualTo("ISSUED");
        assertThat(first.json().path("quantity").asInt()).isEqualTo(4);
        assertThat(first.json().path("returnedQuantity").asInt()).isEqualTo(1);
        assertThat(first.json().path("version").asLong()).isEqualTo(2);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(stock()).isEqualTo(7);

        Api.Res rest = giveBack(rid, null);
        assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
        assertThat(rest.json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(rest.json().path("returnedQuantity").asInt()).isEqualTo(4);
        assertThat(rest.json().path("version").asLong()).isEqualTo(3);
        assertThat(stock()).isEqualTo(10);

        assertThat(giveBack(rid, obj("quantity", 1)).status())
                .as("nothing left out")
                .isEqualTo(409);

        JsonNode ledger =
                manager.get("/vehicleParts/" + oil + "/movements").json().path("items");
        assertThat(ledger).hasSize(4);
        assertThat(ledger.get(0).path("kind").asText()).isEqualTo("RETURN");
        assertThat(ledger.get(0).path("delta").asInt()).isEqualTo(3);
        assertThat(ledger.get(1).path("delta").asInt()).isEqualTo(1);

        List<Integer> returned = new ArrayList<>();
        manager.get("/receipts/" + receiptId() + "/events").json().path("items").forEach(e -> {
            if (e.path("type").asText().equals("PartReturned")) {
                returned.add(e.path("data").path("quantity").asInt());
            }
        });
        assertThat(returned).containsExactly(1, 3);

        JsonNode job = mechanic.post("/jobs/" + jobId + "/finish", null).json();
        JsonNode invoice =
                manager.get("/invoices/" + job.path("invoiceId").asLong()).json();
        assertThat(invoice.path("lines"))
                .as("labour only: every part went back")
                .hasSize(1);
    }

    @Test
    void theInvoiceBillsWhatWasKept() {
        long rid = issue(3);
        assertThat(giveBack(rid, obj("quantity", 2)).status()).isEqualTo(200);
        JsonNode job = mechanic.post("/jobs/" + jobId + "/finish", null).json();
        JsonNode invoice =
                manager.get("/invoices/" + job.path("invoiceId").asLong()).json();
        assertThat(invoice.path("lines")).hasSize(2);
        JsonNode part = invoice.path("lines").get(1);
        assertThat(part.path("kind").asText()).isEqualTo("PART");
        assertThat(part.path("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(part.path("amount").asLong()).isEqualTo(48_000);
        assertThat(stock()).isEqualTo(9);

        assertThat(giveBack(rid, obj("quantity", 1)).status())
                .as("the job is finished")
                .isEqualTo(409);
        assertThat(stock()).isEqualTo(9);
    }

    @Test
    void aQuantityOutsideWhatIsStillOutIsRefusedNamingTheRange() {
        long rid = issue(3);
        assertThat(giveBack(rid, obj("quantity", 1)).status()).isEqualTo(200);
        for (int q : new int[] {0, -1, 3, 10_001}) {
            Api.Res r = giveBack(rid, obj("quantity", q));
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            JsonNode error = r.json().path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("quantity");
            assertThat(error.path("code").asText()).isEqualTo("out_of_range");
            assertThat(error.path("params").path("min").asInt()).isEqualTo(1);
            assertThat(error.path("params").path("max").asInt())
                    .as("two are still out")
                    .isEqualTo(2);
        }
        assertThat(giveBack(rid, obj("quantity", "two")).status()).isEqualTo(400);
        assertThat(giveBack(rid, obj("count", 1)).errorFields()).containsExactly("count");
        assertThat(stock()).isEqualTo(8);
        assertThat(giveBack(rid, obj()).json().path("returnedQuantity").asInt())
                .as("an empty object returns all still out")
                .isEqualTo(3);
        assertThat(stock()).isEqualTo(10);
    }

    @Test
    void rejectedRequestsAndOtherJobsAreRefused() {
        long pads = Shop.part(manager, "BP-FR", "브레이크 패드", 0, 65_000);
        Api.Res rejected = mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", pads, "quantity", 1));
        assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(giveBack(rejected.id(), obj("quantity", 1)).status()).isEqualTo(409);
        long rid = issue(2);
        long other = Shop.receipt(counter, mechanicId, "1").json().path("jobId").asLong();
        assertThat(mechanic.post("/jobs/" + other + "/start", null).status()).isEqualTo(200);
        assertThat(mechanic.post("/jobs/" + other + "/partRequests/" + rid + "/return", obj("quantity", 1))
                        .status())
                .as("the request belongs to another job")
                .isEqualTo(404);
        assertThat(stock()).isEqualTo(8);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsOnce() {
        long rid = issue(3);
        Map<String, String> key = Map.of("Idempotency-Key", "return-once-1");
        String path = "/jobs/" + jobId + "/partRequests/" + rid + "/return";
        Api.Res first = mechanic.post(path, obj("quantity", 1), key);
        Api.Res again = mechanic.post(path, obj("quantity", 1), key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(stock()).isEqualTo(8);
    }

    @Test
    void cancellingTheReceiptReturnsOnlyWhatIsStillOut() {
        long rid = issue(3);
        assertThat(giveBack(rid, obj("quantity", 2)).status()).isEqualTo(200);
        long receiptId = receiptId();
        Api.Res cancelled = counter.post("/receipts/" + receiptId + "/cancel", obj("reason", "고객 요청"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(stock()).isEqualTo(10);
        JsonNode request =
                manager.get("/jobs/" + jobId).json().path("partRequests").get(0);
        assertThat(request.path("status").asText()).isEqualTo("RETURNED");
        assertThat(request.path("returnedQuantity").asInt()).isEqualTo(3);
    }

    private long receiptId() {
        return manager.get("/jobs/" + jobId).json().path("receiptId").asLong();
    }
}
