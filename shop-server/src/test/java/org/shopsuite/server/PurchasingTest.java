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

/** Issue 19, first part: suppliers, purchase orders and deliveries into stock at a moving-average cost. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurchasingTest {
    TestServer server;
    Api boss;
    Api counter;
    long supplier;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        Api.Res s = boss.post(
                "/suppliers", obj("name", "대한부품상사", "phone", "02-333-4444", "businessNumber", "220-81-12345"));
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        supplier = s.id();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private long part(String number, int stock, long cost, String barcode) {
        Api.Res r = boss.post(
                "/vehicleParts",
                obj(
                        "partId", number,
                        "partName", "부품 " + number,
                        "stock", stock,
                        "partPrice", cost * 2,
                        "costPrice", cost,
                        "reorderPoint", 1,
                        "barcode", barcode));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private JsonNode ordered(long part, int quantity, long cost) {
        Api.Res o = boss.post(
                "/purchaseOrders",
                obj(
                        "supplierId",
                        supplier,
                        "lines",
                        List.of(Map.of("vehiclePartId", part, "quantity", quantity, "unitCost", cost))));
        assertThat(o.status()).as(o.toString()).isEqualTo(201);
        assertThat(o.json().path("status").asText()).isEqualTo("DRAFT");
        Api.Res placed = boss.post("/purchaseOrders/" + o.id() + "/order", null);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        return placed.json();
    }

    private int stock(long part) {
        return boss.get("/vehicleParts/" + part).json().path("stock").asInt();
    }

    @Test
    void deliveriesRaiseStockWithALedgerRowAndMoveTheCostByMovingAverage() {
        long p = part("PO-1", 10, 10_000, "8800000000017");
        JsonNode o = ordered(p, 8, 13_000);
        long id = o.path("id").asLong();
        assertThat(o.path("total").asLong()).isEqualTo(104_000);
        // three scanned units, then five by id at another cost, with the vendor's invoice
        for (int i = 0; i < 3; i++) {
            Api.Res scan = boss.post(
                    "/purchaseOrders/" + id + "/receipts",
                    obj("vendorInvoiceNumber", "DH-1", "lines", List.of(Map.of("barcode", "8800000000017"))));
            assertThat(scan.status()).as(scan.toString()).isEqualTo(201);
        }
        JsonNode partly = boss.get("/purchaseOrders/" + id).json();
        assertThat(partly.path("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(partly.path("lines").get(0).path("receivedQuantity").asInt()).isEqualTo(3);
        assertThat(stock(p)).isEqualTo(13);
        // (10 x 10,000 + 1 x 13,000) / 11 = 10,272.7 -> 10,273; then (11 x 10,273 + 13,000) / 12 = 10,500.25 -> 10,500;
        // then (12 x 10,500 + 13,000) / 13 = 10,692.3 -> 10,692
        assertThat(boss.get("/vehicleParts/" + p).json().path("costPrice").asLong())
                .isEqualTo(10_692);
        Api.Res rest = boss.post(
                "/purchaseOrders/" + id + "/receipts",
                obj(
                        "vendorInvoiceNumber",
                        "DH-2",
                        "vendorInvoiceDate",
                        "2026-11-27",
                        "lines",
                        List.of(Map.of("vehiclePartId", p, "quantity", 5, "unitCost", 12_000))));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(rest.json().path("deliveries")).hasSize(4);
        assertThat(stock(p)).isEqualTo(18);
        // (13 x 10,692 + 5 x 12,000) / 18 = 11,055.3 -> 11,055
        assertThat(boss.get("/vehicleParts/" + p).json().path("costPrice").asLong())
                .isEqualTo(11_055);
        JsonNode ledger = boss.get("/vehicleParts/" + p + "/movements").json().path("items");
        assertThat(ledger.get(0).path("kind").asText()).isEqualTo("RECEIVED");
        assertThat(ledger.get(0).path("purchaseOrderId").asLong()).isEqualTo(id);
        assertThat(ledger.get(0).path("reference").asText()).isEqualTo("DH-2");
        assertThat(ledger.get(0).path("unitCost").asLong()).isEqualTo(12_000);
        assertThat(ledger.get(0).path("delta").asInt()).isEqualTo(5);
        // a list shows each order exactly as its own resource does, deliveries included
        JsonNode listed = boss.get("/purchaseOrders?supplierId=" + supplier + "&limit=100")
                .json()
                .path("items");
        for (JsonNode item : listed) {
            assertThat(item)
                    .isEqualTo(boss.get("/purchaseOrders/" + item.path("id").asLong())
                            .json());
        }
        // received in full: closing works, receiving more does not
        assertThat(boss.post("/purchaseOrders/" + id + "/close", null).status()).isEqualTo(200);
        assertThat(boss.post(
                                "/purchaseOrders/" + id + "/receipts",
                                obj("lines", List.of(Map.of("vehiclePartId", p, "quantity", 1))))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void moreThanOrderedIsRefusedUnlessAllowedAndThenFlagged() {
        long p = part("PO-2", 0, 5_000, "8800000000024");
        JsonNode o = ordered(p, 2, 5_000);
        long id = o.path("id").asLong();
        long seq = boss.lastSeq();
        Api.Res over = boss.post(
                "/purchaseOrders/" + id + "/receipts",
                obj("lines", List.of(Map.of("vehiclePartId", p, "quantity", 3))));
        assertThat(over.status()).as(over.toString()).isEqualTo(409);
        JsonNode params = over.json().path("errors").get(0).path("params");
        assertThat(params.path("ordered").asInt()).isEqualTo(2);
        assertThat(params.path("over").asInt()).isEqualTo(1);
        assertThat(boss.lastSeq()).as("nothing written").isEqualTo(seq);
        assertThat(stock(p)).isZero();
        Api.Res allowed = boss.post(
                "/purchaseOrders/" + id + "/receipts",
                obj("lines", List.of(Map.of("vehiclePartId", p, "quantity", 3, "unitCost", 4_000)), "allowOver", true));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        assertThat(allowed.json().path("deliveries").get(0).path("overReceived").asBoolean())
                .isTrue();
        assertThat(allowed.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(stock(p)).isEqualTo(3);
        assertThat(boss.get("/vehicleParts/" + p).json().path("costPrice").asLong())
                .as("out of stock before: the delivery's cost")
                .isEqualTo(4_000);
        // an unknown barcode is named
        JsonNode other = ordered(p, 1, 5_000);
        Api.Res unknown = boss.post(
                "/purchaseOrders/" + other.path("id").asLong() + "/receipts",
                obj("lines", List.of(Map.of("barcode", "0000000000000"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("lines[0].barcode");
    }

    @Test
    void draftsChangeOrdersMoveThroughTheirStatusesAndTheCounterOnlyReads() {
        long p = part("PO-3", 1, 1_000, null);
        Api.Res o = boss.post(
                "/purchaseOrders",
                obj("supplierId", supplier, "lines", List.of(Map.of("vehiclePartId", p, "quantity", 1))));
        assertThat(o.json().path("lines").get(0).path("unitCost").asLong())
                .as("the part's cost")
                .isEqualTo(1_000);
        String v = o.json().path("version").asText();
        Api.Res changed = boss.patch(
                "/purchaseOrders/" + o.id(),
                obj("lines", List.of(Map.of("vehiclePartId", p, "quantity", 5, "unitCost", 900))),
                Map.of("If-Match", "\"" + v + "\""));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("total").asLong()).isEqualTo(4_500);
        assertThat(counter.post("/purchaseOrders/" + o.id() + "/order", null).status())
                .isEqualTo(403);
        assertThat(counter.get("/purchaseOrders?status=DRAFT")
                        .json()
                        .path("items")
                        .findValuesAsText("status"))
                .containsOnly("DRAFT");
        assertThat(boss.post("/purchaseOrders/" + o.id() + "/cancel", obj("reason", ""))
                        .status())
                .isEqualTo(400);
        Api.Res cancelled = boss.post("/purchaseOrders/" + o.id() + "/cancel", obj("reason", "품절"));
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asText()).isEqualTo("품절");
        assertThat(boss.post("/purchaseOrders/" + o.id() + "/order", null).status())
                .isEqualTo(409);
        // bad input names the field
        Api.Res bad = boss.post(
                "/purchaseOrders",
                obj("supplierId", 999_999, "lines", List.of(Map.of("vehiclePartId", p, "quantity", 0))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("lines[0].quantity");
        Api.Res noSupplier = boss.post(
                "/purchaseOrders",
                obj("supplierId", 999_999, "lines", List.of(Map.of("vehiclePartId", p, "quantity", 1))));
        assertThat(noSupplier.status()).isEqualTo(400);
        assertThat(noSupplier.body()).contains("supplierId");
        assertThat(boss.post("/suppliers", obj("name", "x", "businessNumber", "12"))
                        .body())
                .contains("businessNumber");
    }

    @Test
    void returnsTakeStockOutCoresDoNotAndBothWaitForTheirCredit() {
        long p = part("VR-1", 5, 8_000, null);
        Api.Res back = boss.post(
                "/vendorReturns",
                obj(
                        "supplierId",
                        supplier,
                        "kind",
                        "RETURN",
                        "lines",
                        List.of(Map.of("vehiclePartId", p, "quantity", 2, "reason", "오배송"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.json().path("total").asLong()).as("at the part's cost").isEqualTo(16_000);
        assertThat(stock(p)).isEqualTo(3);
        JsonNode row = boss.get("/vehicleParts/" + p + "/movements")
                .json()
                .path("items")
                .get(0);
        assertThat(row.path("kind").asText()).isEqualTo("VENDOR_RETURN");
        assertThat(row.path("delta").asInt()).isEqualTo(-2);
        Api.Res tooMany = boss.post(
                "/vendorReturns",
                obj(
                        "supplierId",
                        supplier,
                        "kind",
                        "RETURN",
                        "lines",
                        List.of(Map.of("vehiclePartId", p, "quantity", 4, "reason", "x"))));
        assertThat(tooMany.status()).isEqualTo(409);
        Api.Res core = boss.post(
                "/vendorReturns",
                obj(
                        "supplierId",
                        supplier,
                        "kind",
                        "CORE",
                        "lines",
                        List.of(Map.of("vehiclePartId", p, "quantity", 1, "unitCost", 20_000, "reason", "코어 반납"))));
        assertThat(core.status()).isEqualTo(201);
        assertThat(stock(p)).as("a core is not stock").isEqualTo(3);
        JsonNode open = boss.get("/vendorReturns?status=OPEN").json().path("items");
        assertThat(open.findValuesAsText("id")).contains(String.valueOf(back.id()), String.valueOf(core.id()));
        assertThat(open.get(0).path("ageDays").asLong()).isZero();
        Api.Res credited =
                boss.post("/vendorReturns/" + back.id() + "/credit", obj("creditMemoNumber", "CM-1", "amount", 16_000));
        assertThat(credited.status()).as(credited.toString()).isEqualTo(201);
        assertThat(credited.json().path("status").asText()).isEqualTo("CREDITED");
        assertThat(boss.post("/vendorReturns/" + back.id() + "/credit", obj("creditMemoNumber", "CM-2", "amount", 1))
                        .status())
                .isEqualTo(409);
        assertThat(counter.get("/vendorReturns").status()).isEqualTo(403);
    }
}
