package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Every response that carries one versioned resource has {@code ETag: "<version>"}: creations,
 * actions, sub-collection entries, updates, with or without an Idempotency-Key, and a repeat of a
 * key gets the ETag of the first response.
 */
class ETagOnWritesTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    int keys;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** The response's ETag is its body's version; with a key, a repeat answers the same, ETag too. */
    private Api.Res write(String method, String path, Object body, Map<String, String> headers, boolean keyed) {
        Map<String, String> h = new HashMap<>(headers);
        if (keyed) {
            h.put("Idempotency-Key", "etag-" + ++keys);
        }
        Api.Res r = manager.send(method, path, body, h);
        assertThat(r.status()).as(method + " " + path + ": " + r).isBetween(200, 201);
        JsonNode version = r.json().path("version");
        assertThat(version.isIntegralNumber())
                .as(method + " " + path + " has a version: " + r)
                .isTrue();
        assertThat(r.header("ETag")).as(method + " " + path).isEqualTo("\"" + version.asLong() + "\"");
        if (keyed) {
            Api.Res again = manager.send(method, path, body, h);
            assertThat(again.status()).isEqualTo(r.status());
            assertThat(again.json()).isEqualTo(r.json());
            assertThat(again.header("ETag"))
                    .as("repeat of " + method + " " + path)
                    .isEqualTo(r.header("ETag"));
        }
        return r;
    }

    private long receiptOf(long invoice) {
        return manager.get("/invoices/" + invoice).json().path("receiptId").asLong();
    }

    private Api.Res post(String path, Object body, boolean keyed) {
        return write("POST", path, body, Map.of(), keyed);
    }

    /** A PATCH (If-Match makes it safe to retry; it takes no Idempotency-Key). */
    private Api.Res patch(String path, Object body, String etag) {
        return write("PATCH", path, body, Map.of("If-Match", etag), false);
    }

    @ParameterizedTest(name = "with an Idempotency-Key: {0}")
    @ValueSource(booleans = {false, true})
    void everyWriteAnswersTheETagOfWhatItReturns(boolean keyed) {
        Api.Res shop = manager.get("/shop");
        write(
                "PUT",
                "/shop",
                obj(
                        "name", "한빛 정비소",
                        "address", "서울",
                        "phone", "02-123-4567",
                        "currency", "KRW",
                        "laborRatePerHour", 66_000,
                        "taxRatePercent", 10,
                        "timezone", "Asia/Seoul",
                        "invoicePrefix", "INV"),
                Map.of("If-Match", shop.header("ETag")),
                false);

        Api.Res mechanic = post("/mechanics", obj("name", "김민수", "dailyCapacityHours", "8"), keyed);
        long m = mechanic.id();
        patch("/mechanics/" + m, obj("dailyCapacityHours", "7"), mechanic.header("ETag"));

        Api.Res user = post(
                "/users", obj("username", "kim", "password", "password-1", "role", "MECHANIC", "mechanicId", m), keyed);
        patch("/users/" + user.id(), obj("role", "MECHANIC"), user.header("ETag"));

        Api.Res part = post(
                "/vehicleParts", obj("partId", "EO-1", "partName", "엔진오일", "stock", 10, "partPrice", 48_000), keyed);
        long p = part.id();
        Api.Res adjusted = post("/vehicleParts/" + p + "/stockAdjustments", obj("delta", 5, "reason", "입고"), keyed);
        patch("/vehicleParts/" + p, obj("reorderPoint", 2), adjusted.header("ETag"));

        Api.Res receipt = post(
                "/receipts",
                obj(
                        "customerName",
                        "홍길동",
                        "carId",
                        "12가 3456",
                        "mechanicId",
                        m,
                        "estimatedHours",
                        "2",
                        "request",
                        "오일"),
                keyed);
        assertThat(receipt.status()).isEqualTo(201);
        assertThat(receipt.header("ETag")).isEqualTo("\"1\"");
        long job = receipt.json().path("jobId").asLong();
        post("/jobs/" + job + "/start", null, keyed);

        Api.Res issued = post("/jobs/" + job + "/partRequests", obj("vehiclePartId", p, "quantity", 2), keyed);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.json().path("jobId").asLong())
                .as("the part request itself")
                .isEqualTo(job);
        assertThat(issued.header("ETag")).isEqualTo("\"1\"");
        Api.Res rejected = post("/jobs/" + job + "/partRequests", obj("vehiclePartId", p, "quantity", 999), keyed);
        assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.header("ETag")).isEqualTo("\"1\"");

        Api.Res returned = post("/jobs/" + job + "/partRequests/" + issued.id() + "/return", null, keyed);
        assertThat(returned.json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.header("ETag")).as("a change bumps the version").isEqualTo("\"2\"");
        JsonNode inJob = manager.get("/jobs/" + job).json().path("partRequests").get(0);
        assertThat(inJob.path("version").asLong()).isEqualTo(2);

        Api.Res finished = post("/jobs/" + job + "/finish", obj("laborHours", "1"), keyed);
        long invoice = finished.json().path("invoiceId").asLong();
        post("/invoices/" + invoice + "/payments", obj("amount", 1000, "method", "CASH"), keyed);
        post("/invoices/" + invoice + "/void", obj("reason", "잘못 발행", "refundMethod", "CASH"), keyed);
        post("/receipts/" + receiptOf(invoice) + "/reissueInvoice", obj("reason", "다시 발행"), keyed);

        long other = Shop.receipt(manager, m, "1").id();
        post("/receipts/" + other + "/cancel", obj("reason", "고객 요청"), keyed);
    }

    @Test
    void aReadOfAPartRequestsJobShowsTheSameVersionTheWriteAnswered() {
        long m = Shop.mechanic(manager, "김민수", "8");
        long p = Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
        long job = Shop.receipt(manager, m, "1").json().path("jobId").asLong();
        manager.post("/jobs/" + job + "/start", null);
        Api.Res issued = manager.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", p, "quantity", 1));
        assertThat(issued.header("ETag")).isEqualTo("\"1\"");
        assertThat(manager.get("/jobs/" + job)
                        .json()
                        .path("partRequests")
                        .get(0)
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }
}
