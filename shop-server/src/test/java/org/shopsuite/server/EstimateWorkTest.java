package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * Issue 17 beyond the estimate itself: the mechanic's recommendations, invoices from approved work
 * with corrections and discrepancies, declined work, canned jobs, parts pricing and the documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateWorkTest {
    TestServer server;
    Api boss;
    Api counter;
    long pads;
    long filter;
    long rate;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        pads = part("BP-9", "브레이크 패드", 10, 60_000, 30_000);
        filter = part("OF-9", "오일 필터", 10, 9_000, 0);
        rate = boss.get("/shop").json().path("laborRatePerHour").asLong();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private long part(String number, String name, int stock, long price, long cost) {
        Api.Res r = boss.post(
                "/vehicleParts",
                obj(
                        "partId", number,
                        "partName", name,
                        "stock", stock,
                        "partPrice", price,
                        "costPrice", cost,
                        "reorderPoint", 1));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private record Setup(long mechanic, Api kim, long receipt, long job) {}

    private Setup receipt(String login) {
        long m = Shop.mechanic(boss, "정비 " + login, "8");
        Api kim = Shop.user(boss, login, "MECHANIC", m);
        long receipt = Shop.receipt(counter, m, "1").id();
        long job = counter.get("/receipts/" + receipt).json().path("jobId").asLong();
        return new Setup(m, kim, receipt, job);
    }

    private static ArrayNode lines(ObjectNode... lines) {
        ArrayNode a = Api.JSON.createArrayNode();
        for (ObjectNode l : lines) {
            a.add(l);
        }
        return a;
    }

    private JsonNode presented(long receipt, ArrayNode lines) {
        Api.Res e = counter.post("/receipts/" + receipt + "/estimates", obj("lines", lines));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        Api.Res p = counter.post("/estimates/" + e.id() + "/present", null);
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        return p.json();
    }

    private Api.Res decide(JsonNode estimate, String... decisions) {
        ArrayNode d = Api.JSON.createArrayNode();
        for (int i = 0; i < decisions.length; i++) {
            if (!decisions[i].isEmpty()) {
                d.add(obj("lineId", estimate.path("lines").get(i).path("id").asLong(), "decision", decisions[i]));
            }
        }
        Api.Res r = counter.post(
                "/estimates/" + estimate.path("id").asLong() + "/approvals",
                obj("decisions", d, "method", "IN_PERSON", "customerName", "홍길동"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    @Test
    void theInvoiceBillsExactlyTheApprovedWorkWithCorrectionsAndNamesDiscrepancies() throws Exception {
        Setup s = receipt("mech-inv");
        JsonNode e = presented(
                s.receipt(),
                lines(
                        obj("kind", "LABOR", "description", "패드 교환", "hours", new BigDecimal("1.5")),
                        obj("kind", "PART", "vehiclePartId", pads, "quantity", 2, "unitPrice", 55_000),
                        obj("kind", "SUBLET", "description", "휠 얼라인먼트 (외주)", "unitPrice", 40_000),
                        obj("kind", "FEE", "description", "폐유 처리비", "unitPrice", 5_000),
                        obj("kind", "LABOR", "description", "하체 점검", "hours", new BigDecimal("1"))));
        decide(e, "APPROVED", "APPROVED", "APPROVED", "APPROVED", "DECLINED");
        // the manager agrees a flat rate for the labour line; the counter may not
        long labourLine = e.path("lines").get(0).path("id").asLong();
        String path = "/estimates/" + e.path("id").asLong() + "/lines/" + labourLine + "/override";
        assertThat(counter.post(path, obj("rate", 50_000, "reason", "x")).status())
                .isEqualTo(403);
        assertThat(boss.post(path, obj("rate", 50_000)).status()).isEqualTo(400);
        Api.Res corrected = boss.post(path, obj("rate", 50_000, "reason", "정액 공임 합의"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("lines").get(0).path("amount").asLong())
                .isEqualTo(75_000);
        assertThat(corrected.json().path("lines").get(0).path("overrideReason").asText())
                .isEqualTo("정액 공임 합의");
        // a pending or declined line cannot be corrected
        long declined = e.path("lines").get(4).path("id").asLong();
        assertThat(boss.post(
                                "/estimates/" + e.path("id").asLong() + "/lines/" + declined + "/override",
                                obj("hours", 2, "reason", "x"))
                        .status())
                .isEqualTo(409);

        // the approved alignment goes out to a contractor: billed by its estimate line alone, once
        long contractor = boss.post("/suppliers", obj("name", "바른얼라인먼트")).id();
        long subletLine = e.path("lines").get(2).path("id").asLong();
        Api.Res sent = counter.post(
                "/jobs/" + s.job() + "/sublets",
                obj("supplierId", contractor, "cost", 28_000, "estimateLineId", subletLine));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().path("price").asLong()).as("the line's price").isEqualTo(40_000);
        assertThat(sent.json().path("description").asText()).isEqualTo("휠 얼라인먼트 (외주)");
        assertThat(counter.post(
                                "/jobs/" + s.job() + "/sublets",
                                obj("supplierId", contractor, "cost", 1, "estimateLineId", subletLine))
                        .status())
                .as("a line is ordered once")
                .isEqualTo(409);
        assertThat(counter.post(
                                "/jobs/" + s.job() + "/sublets",
                                obj(
                                        "supplierId",
                                        contractor,
                                        "cost",
                                        1,
                                        "estimateLineId",
                                        e.path("lines").get(3).path("id").asLong()))
                        .status())
                .as("only a SUBLET line")
                .isEqualTo(400);
        assertThat(boss.post("/subletOrders/" + sent.id() + "/complete", obj("notes", "얼라인먼트 완료", "cost", 28_000))
                        .status())
                .isEqualTo(200);

        // the job: three pads issued (two approved), one returned? no: three kept, and an oil filter
        assertThat(s.kim().post("/jobs/" + s.job() + "/start", null).status()).isEqualTo(200);
        Api.Res issued = s.kim().post("/jobs/" + s.job() + "/partRequests", obj("vehiclePartId", pads, "quantity", 3));
        assertThat(issued.json().path("grade").asText()).isEqualTo("NEW");
        assertThat(issued.json().path("unitCost").asLong()).isEqualTo(30_000);
        s.kim().post("/jobs/" + s.job() + "/partRequests", obj("vehiclePartId", filter, "quantity", 1));
        Api.Res finished = s.kim().post("/jobs/" + s.job() + "/finish", obj("laborHours", "2.75"));
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        assertThat(finished.json().path("laborHours").decimalValue())
                .as("the hours actually worked stay on the job")
                .isEqualByComparingTo("2.75");
        JsonNode inv = counter.get(
                        "/invoices/" + finished.json().path("invoiceId").asLong())
                .json();
        JsonNode l = inv.path("lines");
        assertThat(l.findValuesAsText("kind")).containsExactly("LABOR", "SUBLET", "FEE", "PART", "PART");
        assertThat(l.get(0).path("quantity").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(l.get(0).path("unitPrice").asLong()).isEqualTo(50_000);
        assertThat(l.get(0).path("amount").asLong()).isEqualTo(75_000);
        assertThat(l.get(3).path("unitPrice").asLong())
                .as("pads at the approved price")
                .isEqualTo(55_000);
        assertThat(l.get(3).path("amount").asLong()).isEqualTo(165_000);
        assertThat(l.get(4).path("unitPrice").asLong())
                .as("an unapproved part at the catalogue price")
                .isEqualTo(9_000);
        long subtotal = 75_000 + 40_000 + 5_000 + 165_000 + 9_000;
        assertThat(inv.path("subtotal").asLong()).isEqualTo(subtotal);
        JsonNode d = inv.path("discrepancies");
        assertThat(d).hasSize(2);
        assertThat(d.get(0).path("vehiclePartId").asLong()).isEqualTo(pads);
        assertThat(d.get(0).path("approvedQuantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(d.get(0).path("issuedQuantity").asInt()).isEqualTo(3);
        assertThat(d.get(1).path("vehiclePartId").asLong()).isEqualTo(filter);
        assertThat(d.get(1).path("approvedQuantity").decimalValue()).isEqualByComparingTo("0");
        // after the invoice, the estimate is no longer open to corrections
        assertThat(boss.post(path, obj("rate", 40_000, "reason", "늦은 정정")).status())
                .isEqualTo(409);

        // the repair statement (정비명세서): the work done, the grades, the declined work; kept byte for byte
        String statement = pdfText(counter, "/receipts/" + s.receipt() + "/statement.pdf");
        assertThat(statement).contains("정비명세서", "패드 교환", "휠 얼라인먼트", "A 신품", "하체 점검", "2.75 h", "정비 mech-inv");
        byte[] first = pdf(counter, "/receipts/" + s.receipt() + "/statement.pdf");
        ObjectNode shop = (ObjectNode) boss.get("/shop").json();
        String version = shop.path("version").asText();
        shop.put("name", "이름을 바꾼 정비소");
        shop.remove(List.of("version"));
        assertThat(boss.put("/shop", shop, Map.of("If-Match", "\"" + version + "\""))
                        .status())
                .isEqualTo(200);
        assertThat(pdf(counter, "/receipts/" + s.receipt() + "/statement.pdf")).isEqualTo(first);
    }

    @Test
    void aRecommendationIsANewPresentedVersionTheCounterSeesLive() throws Exception {
        Setup s = receipt("mech-rec");
        JsonNode e = presented(s.receipt(), lines(obj("kind", "LABOR", "description", "점검", "hours", 1)));
        decide(e, "APPROVED");
        assertThat(s.kim().post("/jobs/" + s.job() + "/start", null).status()).isEqualTo(200);
        long seq = boss.lastSeq();
        Api.Res rec = s.kim()
                .post(
                        "/jobs/" + s.job() + "/recommendations",
                        obj(
                                "description",
                                "뒤 패드 3mm: 교환 권장",
                                "hours",
                                new BigDecimal("0.75"),
                                "parts",
                                List.of(Map.of("vehiclePartId", pads, "quantity", 2))));
        assertThat(rec.status()).as(rec.toString()).isEqualTo(201);
        JsonNode v2 = rec.json();
        assertThat(v2.path("status").asText()).isEqualTo("PRESENTED");
        assertThat(v2.path("number").asInt()).isEqualTo(2);
        assertThat(v2.path("lines").findValuesAsText("decision")).containsExactly("APPROVED", "PENDING", "PENDING");
        assertThat(v2.path("lines").get(1).path("recommendedBy").asText()).isEqualTo("mech-rec");
        boolean banded = !boss.get("/shop/partsPricing").json().path("bands").isEmpty();
        assertThat(v2.path("lines").get(2).path("unitPrice").asLong())
                .as("the catalogue price, or cost 30,000 x 133.33% once the other test set bands")
                .isEqualTo(banded ? 39_999 : 60_000);
        assertThat(counter.get("/events?since=" + seq).json().path("items").findValuesAsText("type"))
                .containsExactly("EstimateCreated", "EstimateSuperseded", "EstimatePresented", "WorkRecommended");
        // another mechanic may not recommend on this job; a bad part is named
        Api other = Shop.user(boss, "mech-other", "MECHANIC", Shop.mechanic(boss, "다른 정비사", "8"));
        assertThat(other.post("/jobs/" + s.job() + "/recommendations", obj("description", "x", "hours", 1))
                        .status())
                .isEqualTo(403);
        Api.Res badPart = s.kim()
                .post(
                        "/jobs/" + s.job() + "/recommendations",
                        obj("description", "x", "parts", List.of(Map.of("vehiclePartId", 999_999, "quantity", 1))));
        assertThat(badPart.status()).isEqualTo(400);
        assertThat(badPart.body()).contains("parts[0].vehiclePartId");
        assertThat(s.kim()
                        .post("/jobs/" + s.job() + "/recommendations", obj("description", "x"))
                        .status())
                .isEqualTo(400);
        // declining the recommendation at the counter: the car's declined work lists it
        decide(v2, "", "DECLINED", "DECLINED");
        long vehicle =
                counter.get("/receipts/" + s.receipt()).json().path("vehicleId").asLong();
        JsonNode declined =
                counter.get("/vehicles/" + vehicle + "/declinedWork").json().path("items");
        assertThat(declined.findValuesAsText("description")).contains("뒤 패드 3mm: 교환 권장", "브레이크 패드");
        assertThat(declined.get(0).path("receiptId").asLong()).isEqualTo(s.receipt());
        assertThat(counter.get("/vehicles/999999/declinedWork").status()).isEqualTo(404);
    }

    @Test
    void cannedJobsAndPricingBandsFillInTheLines() {
        // bands: exactly on a bound takes the upper band; overlapping or gapped bands are refused
        long v = boss.get("/shop/partsPricing").json().path("version").asLong();
        Api.Res overlap = boss.put(
                "/shop/partsPricing",
                obj(
                        "bands",
                        List.of(
                                Map.of("fromCost", 0, "toCost", 30_000, "multiplierPercent", 200),
                                Map.of("fromCost", 20_000, "multiplierPercent", 150))),
                Map.of("If-Match", "\"" + v + "\""));
        assertThat(overlap.status()).as(overlap.toString()).isEqualTo(400);
        assertThat(overlap.body()).contains("bands[1].fromCost");
        Api.Res open = boss.put(
                "/shop/partsPricing",
                obj(
                        "bands",
                        List.of(
                                Map.of("fromCost", 0, "multiplierPercent", 200),
                                Map.of("fromCost", 20_000, "multiplierPercent", 150))),
                Map.of("If-Match", "\"" + v + "\""));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.body()).contains("bands[1]");
        Api.Res notFromZero = boss.put(
                "/shop/partsPricing",
                obj("bands", List.of(Map.of("fromCost", 1, "multiplierPercent", 200))),
                Map.of("If-Match", "\"" + v + "\""));
        assertThat(notFromZero.body()).contains("bands[0].fromCost");
        Api.Res set = boss.put(
                "/shop/partsPricing",
                obj(
                        "bands",
                        List.of(
                                Map.of("fromCost", 0, "toCost", 30_000, "multiplierPercent", 200),
                                Map.of("fromCost", 30_000, "multiplierPercent", new BigDecimal("133.33")))),
                Map.of("If-Match", "\"" + v + "\""));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(counter.put("/shop/partsPricing", obj("bands", List.of()), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(403);

        Api.Res canned = boss.post(
                "/cannedJobs",
                obj(
                        "name",
                        "패드 세트",
                        "lines",
                        List.of(
                                Map.of("kind", "LABOR", "description", "패드 교환", "hours", 1),
                                Map.of("kind", "PART", "vehiclePartId", pads),
                                Map.of("kind", "PART", "vehiclePartId", filter))));
        assertThat(canned.status()).as(canned.toString()).isEqualTo(201);
        assertThat(counter.post("/cannedJobs", obj("name", "x", "lines", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(counter.get("/cannedJobs").json().path("items").findValuesAsText("name"))
                .contains("패드 세트");
        Setup s = receipt("mech-can");
        long draft =
                counter.post("/receipts/" + s.receipt() + "/estimates", null).id();
        Api.Res added = counter.post("/estimates/" + draft + "/lines", obj("cannedJobId", canned.id()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode l = added.json().path("lines");
        assertThat(l).hasSize(3);
        assertThat(l.get(0).path("rate").asLong()).isEqualTo(rate);
        assertThat(l.get(1).path("unitPrice").asLong())
                .as("cost 30,000 is on the bound: the upper band, 133.33%% -> 39,999")
                .isEqualTo(39_999);
        assertThat(l.get(2).path("unitPrice").asLong())
                .as("no cost: the catalogue price")
                .isEqualTo(9_000);
        // a canned job switched off is no longer added
        String version =
                boss.get("/cannedJobs/" + canned.id()).json().path("version").asText();
        assertThat(boss.patch(
                                "/cannedJobs/" + canned.id(),
                                obj("active", false),
                                Map.of("If-Match", "\"" + version + "\""))
                        .status())
                .isEqualTo(200);
        assertThat(counter.post("/estimates/" + draft + "/lines", obj("cannedJobId", canned.id()))
                        .status())
                .isEqualTo(409);
        assertThat(counter.post("/estimates/" + draft + "/lines", obj("cannedJobId", 999_999))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theEstimateDocumentIsKeptAsPresented() throws Exception {
        Setup s = receipt("mech-doc");
        JsonNode e = presented(
                s.receipt(),
                lines(
                        obj("kind", "LABOR", "description", "변속기 오일 교환", "hours", 1),
                        obj(
                                "kind",
                                "PART",
                                "description",
                                "재생 변속기 밸브바디",
                                "unitPrice",
                                250_000,
                                "grade",
                                "REMANUFACTURED"),
                        obj("kind", "PART", "description", "중고 사이드미러", "unitPrice", 80_000, "grade", "USED"),
                        obj("kind", "PART", "description", "수입 필터", "unitPrice", 20_000, "grade", "IMPORTED")));
        String path = "/estimates/" + e.path("id").asLong() + ".pdf";
        String text = pdfText(counter, path);
        assertThat(text)
                .contains("견적서", "변속기 오일 교환", "B 재생", "C 중고", "F 수입", "유효기간", "서명")
                .contains(String.valueOf(e.path("total").asLong()).substring(0, 2));
        byte[] first = pdf(counter, path);
        assertThat(pdf(counter, path)).isEqualTo(first);
        assertThat(s.kim().get(path).status())
                .as("a mechanic does not get the customer's document")
                .isEqualTo(403);
        Api.Res notYet = counter.get("/receipts/" + s.receipt() + "/statement.pdf");
        assertThat(notYet.status()).isEqualTo(409);
    }

    static byte[] pdf(Api api, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + path))
                                .header("Authorization", "Bearer " + api.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode())
                .as(path + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        return r.body();
    }

    static String pdfText(Api api, String path) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(pdf(api, path))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(595f, 596f);
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0\\u3000]+", " ");
        }
    }
}
