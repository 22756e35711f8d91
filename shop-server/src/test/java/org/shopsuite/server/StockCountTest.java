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

/** Stock counts (issue 19): scans against the stock at the sheet's start, movement during the count kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockCountTest {
    TestServer server;
    Api boss;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private long part(String number, int stock, String barcode) {
        return boss.post(
                        "/vehicleParts",
                        obj(
                                "partId",
                                number,
                                "partName",
                                "부품 " + number,
                                "stock",
                                stock,
                                "partPrice",
                                1_000,
                                "costPrice",
                                500,
                                "reorderPoint",
                                0,
                                "barcode",
                                barcode))
                .id();
    }

    private int stock(long part) {
        return boss.get("/vehicleParts/" + part).json().path("stock").asInt();
    }

    @Test
    void onlyTheDifferenceFoundIsPostedWhateverMovedDuringTheCount() {
        long a = part("SC-1", 10, "8800000001007");
        long b = part("SC-2", 4, null);
        long c = part("SC-3", 7, null);
        Api.Res sheet = boss.post("/stockCounts", obj("vehiclePartIds", List.of(a, b)));
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
        long id = sheet.id();
        assertThat(sheet.json().path("lines").findValuesAsText("expected")).containsExactly("10", "4");
        // while counting, 3 of A are sold and handed over, 2 of B arrive by adjustment
        Api.Res sale = boss.post(
                "/counterSales",
                obj(
                        "lines",
                        List.of(Map.of("vehiclePartId", a, "quantity", 3)),
                        "payment",
                        Map.of("amount", 10_000, "method", "CASH")));
        boss.post("/counterSales/" + sale.id() + "/handover", null);
        boss.post("/vehicleParts/" + b + "/stockAdjustments", obj("delta", 2, "reason", "입고"));
        // the shelf at the start had 9 of A (one missing) and 4 of B; C was not on the sheet: 8 found
        for (int i = 0; i < 9; i++) {
            assertThat(boss.post("/stockCounts/" + id + "/scans", obj("barcode", "8800000001007"))
                            .status())
                    .isEqualTo(201);
        }
        boss.post("/stockCounts/" + id + "/scans", obj("vehiclePartId", b, "quantity", 4));
        Api.Res extra = boss.post("/stockCounts/" + id + "/scans", obj("vehiclePartId", c, "quantity", 8));
        assertThat(extra.json().path("lines")).hasSize(3);
        assertThat(boss.post("/stockCounts/" + id + "/scans", obj("barcode", "0000"))
                        .status())
                .isEqualTo(400);
        JsonNode before = boss.get("/stockCounts/" + id).json();
        assertThat(before.path("lines").findValuesAsText("difference")).containsExactly("-1", "0", "1");
        Api.Res posted = boss.post("/stockCounts/" + id + "/post", null);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json().path("status").asText()).isEqualTo("POSTED");
        assertThat(stock(a)).as("10 - 3 sold - 1 missing").isEqualTo(6);
        assertThat(stock(b)).as("4 + 2 arrived, nothing missing").isEqualTo(6);
        assertThat(stock(c)).isEqualTo(8);
        JsonNode row = boss.get("/vehicleParts/" + a + "/movements")
                .json()
                .path("items")
                .get(0);
        assertThat(row.path("kind").asText()).isEqualTo("COUNT");
        assertThat(row.path("delta").asInt()).isEqualTo(-1);
        assertThat(row.path("stockAfter").asInt()).isEqualTo(6);
        assertThat(boss.post("/stockCounts/" + id + "/post", null).status()).isEqualTo(409);
        assertThat(boss.post("/stockCounts/" + id + "/scans", obj("vehiclePartId", a))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aWholeShopSheetAndItsRefusals() {
        long p = part("SC-9", 2, null);
        Api.Res all = boss.post("/stockCounts", null);
        assertThat(all.status()).isEqualTo(201);
        assertThat(all.json().path("lines").size()).isGreaterThanOrEqualTo(1);
        assertThat(boss.post("/stockCounts", obj("vehiclePartIds", List.of(999_999)))
                        .status())
                .isEqualTo(400);
        // a part sold out in the meantime cannot be posted below what is available
        long id = boss.post("/stockCounts", obj("vehiclePartIds", List.of(p))).id();
        boss.post("/vehicleParts/" + p + "/stockAdjustments", obj("delta", -2, "reason", "파손"));
        Api.Res refused = boss.post("/stockCounts/" + id + "/post", null);
        assertThat(refused.status())
                .as("2 expected, none counted, none left: -2 cannot be taken")
                .isEqualTo(409);
        assertThat(stock(p)).isZero();
    }
}
