package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Retried POSTs change nothing twice; updates need the version they are based on. */
class IdempotencyAndIfMatchTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    long mechanicId;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        mechanicId = Shop.mechanic(manager, "김민수", "8");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    String receiptBody(String hours) {
        return "{\"customerName\":\"홍길동\",\"carId\":\"12가 3456\",\"mechanicId\":"
                + mechanicId
                + ",\"estimatedHours\":"
                + hours
                + ",\"request\":\"오일 교환\"}";
    }

    @Test
    void aRepeatedKeyReturnsTheFirstResponseAndDoesNothingAgain() {
        Map<String, String> key = Map.of("Idempotency-Key", "counter-7f3a");
        Api.Res first = manager.post("/receipts", receiptBody("3"), key);
        Api.Res again = manager.post("/receipts", receiptBody("3"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(manager.get("/receipts").json().path("items")).hasSize(1);
        assertThat(manager.get("/mechanics/" + mechanicId + "/capacity")
                        .json()
                        .path("bookedHours")
                        .decimalValue())
                .isEqualByComparingTo("3");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Map<String, String> key = Map.of("Idempotency-Key", "k-1");
        assertThat(manager.post("/receipts", receiptBody("3"), key).status()).isEqualTo(201);
        Api.Res other = manager.post("/receipts", receiptBody("4"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.errorFields()).containsExactly("Idempotency-Key");
        assertThat(manager.get("/receipts").json().path("items")).hasSize(1);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        Map<String, String> key = Map.of("Idempotency-Key", "k-2");
        assertThat(manager.post("/receipts", "{\"customerName\":\"x\"}", key).status())
                .isEqualTo(400);
        assertThat(manager.post("/receipts", receiptBody("1"), key).status()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirUser() {
        Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        Map<String, String> key = Map.of("Idempotency-Key", "same");
        manager.post("/receipts", receiptBody("1"), key);
        counter.post("/receipts", receiptBody("1"), key);
        assertThat(manager.get("/receipts").json().path("items")).hasSize(2);
    }

    @Test
    void retriedPaymentsAndPartRequestsHappenOnce() {
        long part = Shop.part(manager, "P-1", "필터", 3, 10_000);
        long jobId = Shop.receipt(manager, mechanicId, "1").json().path("jobId").asLong();
        manager.post("/jobs/" + jobId + "/start", null);
        Map<String, String> k1 = Map.of("Idempotency-Key", "part-1");
        String pr = "{\"vehiclePartId\":" + part + ",\"quantity\":2}";
        manager.post("/jobs/" + jobId + "/partRequests", pr, k1);
        manager.post("/jobs/" + jobId + "/partRequests", pr, k1);
        assertThat(manager.get("/vehicleParts/" + part).json().path("stock").asInt())
                .isEqualTo(1);

        long invoice = manager.post("/jobs/" + jobId + "/finish", null)
                .json()
                .path("invoiceId")
                .asLong();
        Map<String, String> k2 = Map.of("Idempotency-Key", "pay-1");
        manager.post("/invoices/" + invoice + "/payments", "{\"amount\":1000,\"method\":\"CASH\"}", k2);
        Api.Res again = manager.post("/invoices/" + invoice + "/payments", "{\"amount\":1000,\"method\":\"CASH\"}", k2);
        assertThat(again.json().path("paid").asLong()).isEqualTo(1000);
        assertThat(manager.get("/invoices/" + invoice).json().path("payments")).hasSize(1);
    }

    @Test
    void updatesNeedIfMatchAndRefuseStaleVersions() {
        long part = Shop.part(manager, "P-2", "필터", 3, 10_000);
        Api.Res current = manager.get("/vehicleParts/" + part);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");

        Api.Res missing = manager.patch("/vehicleParts/" + part, "{\"partPrice\":12000}", Map.of());
        assertThat(missing.status()).isEqualTo(428);

        Api.Res ok = manager.patch("/vehicleParts/" + part, "{\"partPrice\":12000}", Map.of("If-Match", "\"1\""));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
        assertThat(ok.json().path("partPrice").asLong()).isEqualTo(12_000);
        assertThat(ok.json().path("partName").asText()).isEqualTo("필터");

        Api.Res stale = manager.patch("/vehicleParts/" + part, "{\"partPrice\":13000}", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(manager.get("/vehicleParts/" + part).json().path("partPrice").asLong())
                .isEqualTo(12_000);

        Api.Res stock = manager.patch("/vehicleParts/" + part, "{\"stock\":99}", Map.of("If-Match", "\"2\""));
        assertThat(stock.status()).isEqualTo(400);
        assertThat(stock.errorFields()).containsExactly("stock");
    }

    @Test
    void shopSettingsUseIfMatchToo() {
        Api.Res shop = manager.get("/shop");
        String body = "{\"name\":\"새 이름\",\"address\":\"\",\"phone\":\"\",\"currency\":\"usd\","
                + "\"laborRatePerHour\":9500,\"taxRatePercent\":\"8.25\",\"timezone\":\"America/New_York\","
                + "\"invoicePrefix\":\"RO\"}";
        assertThat(manager.put("/shop", body, Map.of()).status()).isEqualTo(428);
        Api.Res ok = manager.put("/shop", body, Map.of("If-Match", shop.header("ETag")));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().path("currency").asText()).isEqualTo("USD");
        assertThat(ok.json().path("taxRatePercent").decimalValue()).isEqualByComparingTo("8.25");
        assertThat(manager.put("/shop", body, Map.of("If-Match", shop.header("ETag")))
                        .status())
                .isEqualTo(412);
        Api.Res bad = manager.put(
                "/shop",
                body.replace("America/New_York", "Mars/Base").replace("usd", "XXQ"),
                Map.of("If-Match", ok.header("ETag")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("timezone", "currency");
    }

    @Test
    void mechanicsAndUsersArePatchedWithIfMatch() {
        Api.Res m = manager.get("/mechanics/" + mechanicId);
        Api.Res changed = manager.patch(
                "/mechanics/" + mechanicId,
                obj("dailyCapacityHours", "6.5").toString(),
                Map.of("If-Match", m.header("ETag")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("dailyCapacityHours").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(changed.json().path("name").asText()).isEqualTo("김민수");
    }
}
