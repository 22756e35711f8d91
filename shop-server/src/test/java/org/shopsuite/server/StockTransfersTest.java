package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Stock per location and transfers between locations (issue 22): each location takes from its own
 * units, a transfer moves them with a ledger row on each side in one transaction, all or nothing,
 * and racing transfers and part requests for the last units are exact.
 */
class StockTransfersTest {
    @TempDir
    Path dir;

    private static Api.Res transfer(Api api, Object from, Object to, long part, int quantity) {
        return api.post(
                "/stockTransfers",
                obj(
                        "fromLocationId",
                        from,
                        "toLocationId",
                        to,
                        "lines",
                        List.of(Map.of("vehiclePartId", part, "quantity", quantity)),
                        "note",
                        "강남점 요청"));
    }

    private static int stock(Api api, long part) {
        return api.get("/vehicleParts/" + part).json().path("stock").asInt();
    }

    @Test
    void eachLocationTakesFromItsOwnUnitsAndATransferMovesThemWithALedgerRowOnEachSide() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api admin = Shop.admin(server);
            long mechanic = Shop.mechanic(admin, "김정비", "8");
            long oil = Shop.part(admin, "EO-1", "엔진오일", 10, 48_000);
            long gangnam = admin.post("/locations", obj("name", "강남점", "invoicePrefix", "GN", "timezone", "Asia/Seoul"))
                    .id();
            Api boss = Shop.managerAt(admin, gangnam);
            JsonNode here = admin.get("/vehicleParts/" + oil).json();
            assertThat(here.path("stock").asInt()).isEqualTo(10);
            assertThat(here.path("locationId").asLong()).isEqualTo(1);
            JsonNode there = boss.get("/vehicleParts/" + oil).json();
            assertThat(there.path("stock").asInt()).as("none at Gangnam yet").isZero();
            assertThat(there.path("chainStock").asInt()).isEqualTo(10);
            assertThat(there.path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(admin.get("/vehicleParts/" + oil + "?locationId=" + gangnam)
                            .json()
                            .path("stock")
                            .asInt())
                    .isZero();

            long gangnamJob = Shop.startedJob(boss, mechanic);
            Api.Res none = boss.post("/jobs/" + gangnamJob + "/partRequests", obj("vehiclePartId", oil, "quantity", 2));
            assertThat(none.json().path("status").asText())
                    .as("Gangnam's job takes Gangnam's units: " + none)
                    .isEqualTo("REJECTED");

            long seq = admin.lastSeq();
            String key = java.util.UUID.randomUUID().toString();
            Api.Res moved = admin.post(
                    "/stockTransfers",
                    obj(
                            "fromLocationId",
                            1,
                            "toLocationId",
                            gangnam,
                            "lines",
                            List.of(Map.of("vehiclePartId", oil, "quantity", 4)),
                            "note",
                            "강남점 요청"),
                    Map.of("Idempotency-Key", key));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
            JsonNode line = moved.json().path("lines").get(0);
            assertThat(line.path("fromStockAfter").asInt()).isEqualTo(6);
            assertThat(line.path("toStockAfter").asInt()).isEqualTo(4);
            assertThat(line.path("partNumber").asText()).isEqualTo("EO-1");
            Api.Res again = admin.post(
                    "/stockTransfers",
                    obj(
                            "fromLocationId",
                            1,
                            "toLocationId",
                            gangnam,
                            "lines",
                            List.of(Map.of("vehiclePartId", oil, "quantity", 4)),
                            "note",
                            "강남점 요청"),
                    Map.of("Idempotency-Key", key));
            assertThat(again.id()).as("the same request: moved once").isEqualTo(moved.id());
            assertThat(stock(admin, oil)).isEqualTo(6);
            assertThat(stock(boss, oil)).isEqualTo(4);
            assertThat(boss.get("/vehicleParts/" + oil)
                            .json()
                            .path("chainStock")
                            .asInt())
                    .isEqualTo(10);

            JsonNode out = admin.get("/vehicleParts/" + oil + "/movements")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(out.path("kind").asText()).isEqualTo("TRANSFER_OUT");
            assertThat(out.path("delta").asInt()).isEqualTo(-4);
            assertThat(out.path("stockAfter").asInt()).isEqualTo(6);
            assertThat(out.path("stockTransferId").asLong()).isEqualTo(moved.id());
            JsonNode in = boss.get("/vehicleParts/" + oil + "/movements")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(in.path("kind").asText()).isEqualTo("TRANSFER_IN");
            assertThat(in.path("stockAfter").asInt()).isEqualTo(4);
            assertThat(in.path("locationId").asLong()).isEqualTo(gangnam);
            JsonNode events = admin.get("/events?since=" + seq).json().path("items");
            List<String> types = new ArrayList<>();
            events.forEach(e -> types.add(e.path("type").asText()));
            assertThat(types).containsOnlyOnce("StockTransferred");

            Api.Res issued =
                    boss.post("/jobs/" + gangnamJob + "/partRequests", obj("vehiclePartId", oil, "quantity", 2));
            assertThat(issued.json().path("status").asText())
                    .as(issued.toString())
                    .isEqualTo("ISSUED");
            assertThat(stock(boss, oil)).isEqualTo(2);
            assertThat(stock(admin, oil))
                    .as("the first location's units untouched")
                    .isEqualTo(6);

            // all or nothing
            Api.Res tooMany = admin.post(
                    "/stockTransfers",
                    obj(
                            "fromLocationId",
                            1,
                            "toLocationId",
                            gangnam,
                            "lines",
                            List.of(
                                    Map.of("vehiclePartId", oil, "quantity", 1),
                                    Map.of(
                                            "vehiclePartId",
                                            Shop.part(admin, "OF-1", "오일필터", 3, 9_000),
                                            "quantity",
                                            4))));
            assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
            assertThat(tooMany.errorFields()).containsExactly("lines[1].quantity");
            assertThat(stock(admin, oil)).as("nothing moved").isEqualTo(6);

            assertThat(transfer(admin, 1, 1, oil, 1).errorFields()).containsExactly("toLocationId");
            assertThat(transfer(admin, 99, 1, oil, 1).errorFields()).containsExactly("fromLocationId");
            assertThat(transfer(admin, 1, gangnam, oil, 0).errorFields()).containsExactly("lines[0].quantity");
            assertThat(transfer(admin, 1, gangnam, 999, 1).errorFields()).containsExactly("lines[0].vehiclePartId");
            assertThat(admin.post("/stockTransfers", obj("fromLocationId", 1, "toLocationId", gangnam))
                            .errorFields())
                    .containsExactly("lines");
            assertThat(admin.post(
                                    "/stockTransfers",
                                    obj(
                                            "fromLocationId",
                                            1,
                                            "toLocationId",
                                            gangnam,
                                            "lines",
                                            List.of(
                                                    Map.of("vehiclePartId", oil, "quantity", 1),
                                                    Map.of("vehiclePartId", oil, "quantity", 1))))
                            .errorFields())
                    .containsExactly("lines[1].vehiclePartId");
            assertThat(Shop.user(admin, "desk", "RECEPTIONIST", null)
                            .post("/stockTransfers", obj())
                            .status())
                    .isEqualTo(403);

            assertThat(admin.get("/stockTransfers?locationId=" + gangnam)
                            .json()
                            .path("items")
                            .get(0)
                            .path("id")
                            .asLong())
                    .isEqualTo(moved.id());
            assertThat(admin.get("/stockTransfers/" + moved.id())
                            .json()
                            .path("note")
                            .asText())
                    .isEqualTo("강남점 요청");
            assertThat(admin.get("/stockTransfers/999").status()).isEqualTo(404);
            // after a restart, each location has what it had
            server.stop();
            server.start();
            Api later = server.api().withToken(boss.token());
            assertThat(stock(later, oil)).isEqualTo(2);
        }
    }

    @Test
    void racingTransfersAndPartRequestsForTheLastUnitsAreExact() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api admin = Shop.admin(server);
            long gangnam = admin.post("/locations", obj("name", "강남점", "invoicePrefix", "GN", "timezone", "Asia/Seoul"))
                    .id();
            long pads = Shop.part(admin, "BP-1", "브레이크 패드", 5, 65_000);
            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                long mechanic = Shop.mechanic(admin, "정비" + i, "8");
                long job = Shop.startedJob(admin, mechanic);
                racers.add(() -> {
                    Api.Res r = transfer(admin, 1, gangnam, pads, 1);
                    return r.status() == 201 ? "moved" : r.status() == 409 ? "refused" : "error " + r;
                });
                racers.add(() -> {
                    Api.Res r = admin.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", pads, "quantity", 1));
                    return r.json().path("status").asText();
                });
            }
            List<String> outcomes = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (Future<String> f : pool.invokeAll(racers)) {
                    outcomes.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            long moved = outcomes.stream().filter("moved"::equals).count();
            long issued = outcomes.stream().filter("ISSUED"::equals).count();
            assertThat(outcomes)
                    .allMatch(o ->
                            List.of("moved", "refused", "ISSUED", "REJECTED").contains(o));
            assertThat(moved + issued).as("exactly the 5 units: " + outcomes).isEqualTo(5);
            assertThat(stock(admin, pads)).isZero();
            assertThat(admin.get("/vehicleParts/" + pads + "?locationId=" + gangnam)
                            .json()
                            .path("stock")
                            .asInt())
                    .isEqualTo((int) moved);
            assertThat(admin.get("/vehicleParts/" + pads)
                            .json()
                            .path("chainStock")
                            .asInt())
                    .isEqualTo((int) moved);
        }
    }
}
