package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** The parts reconciliation (issue 19) on a hand-built day whose every figure is known. */
class ReconciliationTest {
    @TempDir
    Path dir;

    @Test
    void everyMovementOfTheDayIsCountedWhereItBelongs() {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), false)) {
            Api boss = Shop.admin(server);
            long p = boss.post(
                            "/vehicleParts",
                            obj(
                                    "partId",
                                    "RCN-1",
                                    "partName",
                                    "대사 부품",
                                    "stock",
                                    10,
                                    "partPrice",
                                    1_000,
                                    "costPrice",
                                    600,
                                    "reorderPoint",
                                    0))
                    .id();
            long supplier = boss.post("/suppliers", obj("name", "대사 상사")).id();
            // received 5 (3 with the vendor's invoice, 2 without)
            long order = boss.post(
                            "/purchaseOrders",
                            obj("supplierId", supplier, "lines", List.of(Map.of("vehiclePartId", p, "quantity", 5))))
                    .id();
            boss.post("/purchaseOrders/" + order + "/order", null);
            boss.post(
                    "/purchaseOrders/" + order + "/receipts",
                    obj("vendorInvoiceNumber", "INV-9", "lines", List.of(Map.of("vehiclePartId", p, "quantity", 3))));
            boss.post(
                    "/purchaseOrders/" + order + "/receipts",
                    obj("lines", List.of(Map.of("vehiclePartId", p, "quantity", 2))));
            // a finished job kept 3 of 4 issued (billed 3); an open job holds 2 (issued, not billed)
            long m = Shop.mechanic(boss, "대사 정비사", "24");
            long done = Shop.receipt(boss, m, "1").json().path("jobId").asLong();
            boss.post("/jobs/" + done + "/start", null);
            long req = boss.post("/jobs/" + done + "/partRequests", obj("vehiclePartId", p, "quantity", 4))
                    .id();
            boss.post("/jobs/" + done + "/partRequests/" + req + "/return", obj("quantity", 1));
            boss.post("/jobs/" + done + "/finish", obj("laborHours", 1));
            long open = Shop.receipt(boss, m, "1").json().path("jobId").asLong();
            boss.post("/jobs/" + open + "/start", null);
            boss.post("/jobs/" + open + "/partRequests", obj("vehiclePartId", p, "quantity", 2));
            // sold 2 over the counter and 1 came back; 1 returned to the vendor (open); -1 adjusted; count found +1
            long sale = boss.post(
                            "/counterSales",
                            obj(
                                    "lines",
                                    List.of(Map.of("vehiclePartId", p, "quantity", 2)),
                                    "payment",
                                    Map.of("amount", 2_200, "method", "CARD")))
                    .id();
            boss.post("/counterSales/" + sale + "/handover", null);
            long back = boss.post(
                            "/counterSales",
                            obj(
                                    "lines",
                                    List.of(Map.of("vehiclePartId", p, "quantity", 1)),
                                    "payment",
                                    Map.of("amount", 1_100, "method", "CARD")))
                    .id();
            boss.post("/counterSales/" + back + "/handover", null);
            boss.post("/counterSales/" + back + "/cancel", obj("reason", "반품"));
            boss.post(
                    "/vendorReturns",
                    obj(
                            "supplierId",
                            supplier,
                            "kind",
                            "RETURN",
                            "lines",
                            List.of(Map.of("vehiclePartId", p, "quantity", 1, "unitCost", 650, "reason", "불량"))));
            boss.post("/vehicleParts/" + p + "/stockAdjustments", obj("delta", -1, "reason", "파손"));
            long count =
                    boss.post("/stockCounts", obj("vehiclePartIds", List.of(p))).id();
            int expected = boss.get("/stockCounts/" + count)
                    .json()
                    .path("lines")
                    .get(0)
                    .path("expected")
                    .asInt();
            boss.post("/stockCounts/" + count + "/scans", obj("vehiclePartId", p, "quantity", expected + 1));
            boss.post("/stockCounts/" + count + "/post", null);

            JsonNode row = boss.get("/reports/partsReconciliation")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(row.path("partId").asText()).isEqualTo("RCN-1");
            assertThat(row.path("received").asInt()).isEqualTo(5);
            assertThat(row.path("receivedWithoutVendorInvoice").asInt()).isEqualTo(2);
            assertThat(row.path("issuedToJobs").asInt()).isEqualTo(6);
            assertThat(row.path("returnedFromJobs").asInt()).isEqualTo(1);
            assertThat(row.path("billed").asInt()).isEqualTo(3);
            assertThat(row.path("issuedNotBilled").asInt())
                    .as("the open job's 2")
                    .isEqualTo(2);
            assertThat(row.path("soldOverCounter").asInt()).isEqualTo(3);
            assertThat(row.path("saleReturns").asInt()).isEqualTo(1);
            assertThat(row.path("returnedToVendor").asInt()).isEqualTo(1);
            assertThat(row.path("creditOutstanding").asLong()).isEqualTo(650);
            assertThat(row.path("adjusted").asInt()).isEqualTo(-1);
            assertThat(row.path("counted").asInt()).isEqualTo(1);
            // 10 + 5 - 6 + 1 - 3 + 1 - 1 - 1 + 1 = 7, and the stock agrees
            assertThat(row.path("onHand").asInt()).isEqualTo(7);
            assertThat(boss.get("/vehicleParts/" + p).json().path("stock").asInt())
                    .isEqualTo(7);
            Api.Res csv = boss.get("/reports/partsReconciliation?format=csv");
            assertThat(csv.body()).startsWith("\uFEFFvehiclePartId,partId").contains("RCN-1");
            assertThat(boss.get("/reports/partsReconciliation?from=2026-01-01&to=2025-01-01")
                            .status())
                    .isEqualTo(400);
        }
    }
}
