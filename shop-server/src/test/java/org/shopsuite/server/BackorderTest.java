package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Backorders (issue 19): a part a job could not get is ordered and, when it comes, issued to the job. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackorderTest {
    TestServer server;
    Api boss;
    Api counter;
    long supplier;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        supplier = boss.post("/suppliers", obj("name", "대한부품상사")).id();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private record Job(Api mechanic, long id) {}

    private Job job(String login) {
        long m = Shop.mechanic(boss, "정비사 " + login, "8");
        Api mechanic = Shop.user(boss, login, "MECHANIC", m);
        long job = Shop.receipt(counter, m, "1").json().path("jobId").asLong();
        assertThat(mechanic.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        return new Job(mechanic, job);
    }

    private long part(String number, Long defaultSupplier) {
        Api.Res r = boss.post(
                "/vehicleParts",
                obj(
                        "partId",
                        number,
                        "partName",
                        "부품 " + number,
                        "stock",
                        0,
                        "partPrice",
                        20_000,
                        "costPrice",
                        12_000,
                        "reorderPoint",
                        0));
        if (defaultSupplier != null) {
            String v = r.json().path("version").asText();
            assertThat(boss.patch(
                                    "/vehicleParts/" + r.id(),
                                    obj("defaultSupplierId", defaultSupplier),
                                    Map.of("If-Match", "\"" + v + "\""))
                            .status())
                    .isEqualTo(200);
        }
        return r.id();
    }

    private JsonNode receive(long order, long part, int quantity) {
        assertThat(boss.post("/purchaseOrders/" + order + "/order", null).status())
                .isIn(200, 409);
        Api.Res r = boss.post(
                "/purchaseOrders/" + order + "/receipts",
                obj("lines", List.of(Map.of("vehiclePartId", part, "quantity", quantity))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void whatArrivesForAnOpenJobIsIssuedToItAtOnce() {
        Job j = job("mech-bo1");
        long p = part("BO-1", supplier);
        Api.Res rejected =
                j.mechanic().post("/jobs/" + j.id() + "/partRequests", obj("vehiclePartId", p, "quantity", 2));
        assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
        Api.Res bo = j.mechanic().post("/partRequests/" + rejected.id() + "/backorder", null);
        assertThat(bo.status()).as(bo.toString()).isEqualTo(200);
        long order = bo.json().path("backorderId").asLong();
        assertThat(bo.json().path("status").asText()).isEqualTo("REJECTED");
        JsonNode draft = boss.get("/purchaseOrders/" + order).json();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("supplierId").asLong())
                .as("the part's default supplier")
                .isEqualTo(supplier);
        assertThat(draft.path("lines").get(0).path("jobId").asLong()).isEqualTo(j.id());
        assertThat(j.mechanic()
                        .post("/partRequests/" + rejected.id() + "/backorder", null)
                        .status())
                .as("once")
                .isEqualTo(409);
        // a second backorder for the same supplier joins the draft
        Api.Res another =
                j.mechanic().post("/jobs/" + j.id() + "/partRequests", obj("vehiclePartId", p, "quantity", 1));
        assertThat(j.mechanic()
                        .post("/partRequests/" + another.id() + "/backorder", null)
                        .json()
                        .path("backorderId")
                        .asLong())
                .isEqualTo(order);
        long seq = boss.lastSeq();
        receive(order, p, 3);
        JsonNode job = j.mechanic().get("/jobs/" + j.id()).json();
        List<String> statuses = job.path("partRequests").findValuesAsText("status");
        assertThat(statuses).containsExactly("REJECTED", "REJECTED", "ISSUED", "ISSUED");
        assertThat(boss.get("/vehicleParts/" + p).json().path("stock").asInt())
                .as("received and issued at once")
                .isZero();
        assertThat(boss.get("/events?since=" + seq).json().path("items").findValuesAsText("type"))
                .contains("PartsReceived", "PartIssued");
    }

    @Test
    void withoutASupplierTheRequestIsRefusedAndAFinishedJobsPartsGoToStock() {
        Job j = job("mech-bo2");
        long p = part("BO-2", null);
        Api.Res rejected =
                j.mechanic().post("/jobs/" + j.id() + "/partRequests", obj("vehiclePartId", p, "quantity", 1));
        Api.Res none = j.mechanic().post("/partRequests/" + rejected.id() + "/backorder", null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("supplierId");
        Api other = Shop.user(boss, "mech-bo3", "MECHANIC", Shop.mechanic(boss, "다른 정비사", "8"));
        assertThat(other.post("/partRequests/" + rejected.id() + "/backorder", obj("supplierId", supplier))
                        .status())
                .isEqualTo(403);
        long order = j.mechanic()
                .post("/partRequests/" + rejected.id() + "/backorder", obj("supplierId", supplier))
                .json()
                .path("backorderId")
                .asLong();
        assertThat(j.mechanic()
                        .post("/jobs/" + j.id() + "/finish", obj("laborHours", 1))
                        .status())
                .isEqualTo(200);
        receive(order, p, 1);
        assertThat(boss.get("/vehicleParts/" + p).json().path("stock").asInt()).isEqualTo(1);
        assertThat(j.mechanic().get("/jobs/" + j.id()).json().path("partRequests"))
                .hasSize(1);
    }
}
