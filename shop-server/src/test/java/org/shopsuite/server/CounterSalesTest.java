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

/** Counter sales (issue 19, the origin's purchase flow): paid first, reserved, handed over, cancelled, returned. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterSalesTest {
    TestServer server;
    Api boss;
    Api counter;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private long part(String number, int stock, long price) {
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
                                price,
                                "costPrice",
                                price / 2,
                                "reorderPoint",
                                0))
                .id();
    }

    private Api.Res sell(long part, int quantity, long amount, String method) {
        return counter.post(
                "/counterSales",
                obj(
                        "lines",
                        List.of(Map.of("vehiclePartId", part, "quantity", quantity)),
                        "payment",
                        Map.of("amount", amount, "method", method)));
    }

    private JsonNode partOf(long id) {
        return boss.get("/vehicleParts/" + id).json();
    }

    @Test
    void aSaleExistsOnlyWithItsPaymentAndReservesItsUnitsUntilTheHandover() {
        long p = part("CS-1", 5, 10_001);
        long seq = boss.lastSeq();
        // 2 x 10,001 = 20,002 + 10% 2,000.2 -> 2,000 = 22,002
        Api.Res short_ = sell(p, 2, 22_001, "CASH");
        assertThat(short_.status()).as(short_.toString()).isEqualTo(409);
        assertThat(short_.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("amountDue")
                        .asLong())
                .isEqualTo(22_002);
        assertThat(sell(p, 2, 22_003, "CARD").status())
                .as("a card pays exactly")
                .isEqualTo(409);
        assertThat(boss.lastSeq()).as("nothing written").isEqualTo(seq);
        Api.Res cash = sell(p, 2, 30_000, "CASH");
        assertThat(cash.status()).as(cash.toString()).isEqualTo(201);
        JsonNode sale = cash.json();
        assertThat(sale.path("status").asText()).isEqualTo("PAID");
        assertThat(sale.path("total").asLong()).isEqualTo(22_002);
        assertThat(sale.path("changeGiven").asLong()).isEqualTo(7_998);
        JsonNode held = partOf(p);
        assertThat(held.path("stock").asInt()).isEqualTo(5);
        assertThat(held.path("reserved").asInt()).isEqualTo(2);
        assertThat(held.path("available").asInt()).isEqualTo(3);
        // the reserved units are not for anyone else: four more cannot be sold, three can
        Api.Res tooMany = sell(p, 4, 100_000, "CASH");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("available")
                        .asInt())
                .isEqualTo(3);
        // nor adjusted away
        assertThat(boss.post("/vehicleParts/" + p + "/stockAdjustments", obj("delta", -4, "reason", "파손"))
                        .status())
                .isEqualTo(409);

        long id = sale.path("id").asLong();
        Api.Res handed = counter.post("/counterSales/" + id + "/handover", null);
        assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
        assertThat(handed.json().path("status").asText()).isEqualTo("HANDED_OVER");
        JsonNode after = partOf(p);
        assertThat(after.path("stock").asInt()).isEqualTo(3);
        assertThat(after.path("reserved").asInt()).isZero();
        JsonNode sold = boss.get("/vehicleParts/" + p + "/movements")
                .json()
                .path("items")
                .get(0);
        assertThat(sold.path("kind").asText()).isEqualTo("SOLD");
        assertThat(sold.path("delta").asInt()).isEqualTo(-2);
        assertThat(sold.path("counterSaleId").asLong()).isEqualTo(id);
        assertThat(sold.path("unitCost").asLong()).isEqualTo(5_000);
        assertThat(counter.post("/counterSales/" + id + "/handover", null).status())
                .isEqualTo(409);

        // the slip (영수증): every line, the payment and the change
        try (var pdf =
                org.apache.pdfbox.Loader.loadPDF(EstimateWorkTest.pdf(counter, "/counterSales/" + id + ".pdf"))) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("영수증", "CS-1", "22,002", "7,998", "현금 Cash");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // a return after the handover: stock back up, refunded
        Api.Res back = counter.post("/counterSales/" + id + "/cancel", obj("reason", "미개봉 반품"));
        assertThat(back.json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(back.json().path("refunded").asLong()).isEqualTo(22_002);
        assertThat(partOf(p).path("stock").asInt()).isEqualTo(5);
        assertThat(boss.get("/vehicleParts/" + p + "/movements")
                        .json()
                        .path("items")
                        .get(0)
                        .path("kind")
                        .asText())
                .isEqualTo("SALE_RETURN");
    }

    @Test
    void cancellingBeforeTheHandoverReleasesTheReservation() {
        long p = part("CS-2", 1, 5_000);
        Api.Res s = sell(p, 1, 5_500, "TRANSFER");
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        assertThat(partOf(p).path("available").asInt()).isZero();
        assertThat(partOf(p).path("lowStock").asBoolean())
                .as("judged on what is available")
                .isTrue();
        assertThat(counter.post("/counterSales/" + s.id() + "/cancel", obj("reason", ""))
                        .status())
                .isEqualTo(400);
        Api.Res c = counter.post("/counterSales/" + s.id() + "/cancel", obj("reason", "고객 변심"));
        assertThat(c.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(c.json().path("refunded").asLong()).isEqualTo(5_500);
        JsonNode after = partOf(p);
        assertThat(after.path("stock").asInt()).isEqualTo(1);
        assertThat(after.path("available").asInt()).isEqualTo(1);
        assertThat(counter.get("/counterSales?status=CANCELLED")
                        .json()
                        .path("items")
                        .findValuesAsText("cancelReason"))
                .contains("고객 변심");
        // a job cannot take a unit a sale holds
        long m = Shop.mechanic(boss, "판매 정비사", "8");
        sell(p, 1, 5_500, "CARD");
        long job = Shop.receipt(counter, m, "1").json().path("jobId").asLong();
        boss.post("/jobs/" + job + "/start", null);
        Api.Res request = boss.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", p, "quantity", 1));
        assertThat(request.json().path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void badSalesNameTheirField() {
        Api.Res bad = counter.post(
                "/counterSales",
                obj("lines", List.of(Map.of("vehiclePartId", 999_999, "quantity", 1)), "payment", Map.of("amount", 1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("payment.method");
        Api.Res unknown = counter.post(
                "/counterSales",
                obj(
                        "lines",
                        List.of(Map.of("vehiclePartId", 999_999, "quantity", 1)),
                        "payment",
                        Map.of("amount", 1, "method", "CASH")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("lines[0].vehiclePartId");
        Api.Res kim = Shop.user(boss, "mech-cs", "MECHANIC", Shop.mechanic(boss, "판매 불가", "8"))
                .post("/counterSales", obj("lines", List.of(), "payment", Map.of("amount", 1, "method", "CASH")));
        assertThat(kim.status()).isEqualTo(403);
    }
}
