package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Estimates (issue 17): versions, presenting, decisions carried over, approvals booking hours. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimatesTest {
    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    Api lee;
    long part;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        part = Shop.part(boss, "BP-1", "브레이크 패드", 10, 65_000);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        // the shop's labour rate and tax as set by the test server: read back below
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private long mechanic(String name, String hours, String login) {
        long id = Shop.mechanic(boss, name, hours);
        Shop.user(boss, "mech-" + login, "MECHANIC", id);
        return id;
    }

    private static ObjectNode labor(String description, String hours) {
        return obj("kind", "LABOR", "description", description, "hours", new BigDecimal(hours));
    }

    private static ArrayNode lines(ObjectNode... lines) {
        ArrayNode a = Api.JSON.createArrayNode();
        for (ObjectNode l : lines) {
            a.add(l);
        }
        return a;
    }

    private double remaining(long mechanic) {
        return counter.get("/mechanics/" + mechanic + "/capacity")
                .json()
                .path("remainingHours")
                .asDouble();
    }

    private JsonNode present(long estimate) {
        Api.Res r = counter.post("/estimates/" + estimate + "/present", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private Api.Res decide(long estimate, String method, Object... lineAndDecision) {
        ArrayNode d = Api.JSON.createArrayNode();
        for (int i = 0; i < lineAndDecision.length; i += 2) {
            d.add(obj("lineId", lineAndDecision[i], "decision", lineAndDecision[i + 1]));
        }
        return counter.post(
                "/estimates/" + estimate + "/approvals",
                obj("decisions", d, "method", method, "customerName", "홍길동", "note", "전화로"));
    }

    private static long line(JsonNode estimate, int index) {
        return estimate.path("lines").get(index).path("id").asLong();
    }

    @Test
    void linesArePricedAndTotalledAsInvoicesAre() {
        long m = mechanic("가정비", "8", "ga");
        long receipt = Shop.receipt(counter, m, "1").id();
        JsonNode shop = boss.get("/shop").json();
        long rate = shop.path("laborRatePerHour").asLong();
        Api.Res created = counter.post(
                "/receipts/" + receipt + "/estimates",
                obj(
                        "lines",
                        lines(
                                labor("패드 교환", "1.25"),
                                obj("kind", "PART", "vehiclePartId", part, "quantity", 2),
                                obj(
                                        "kind",
                                        "LABOR",
                                        "description",
                                        "점검",
                                        "hours",
                                        new BigDecimal("0.33"),
                                        "rate",
                                        10_001),
                                obj("kind", "FEE", "description", "폐유 처리비", "unitPrice", 5_000),
                                obj(
                                        "kind",
                                        "SUBLET",
                                        "description",
                                        "휠 얼라인먼트",
                                        "quantity",
                                        new BigDecimal("1.5"),
                                        "unitPrice",
                                        33_333))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode e = created.json();
        assertThat(e.path("status").asText()).isEqualTo("DRAFT");
        assertThat(e.path("number").asInt()).isEqualTo(1);
        JsonNode l = e.path("lines");
        assertThat(l.get(0).path("rate").asLong()).isEqualTo(rate);
        assertThat(l.get(0).path("amount").asLong()).isEqualTo(Math.round(1.25 * rate));
        assertThat(l.get(1).path("description").asText()).isEqualTo("브레이크 패드");
        assertThat(l.get(1).path("unitPrice").asLong()).isEqualTo(65_000);
        assertThat(l.get(1).path("grade").asText()).isEqualTo("NEW");
        assertThat(l.get(1).path("amount").asLong()).isEqualTo(130_000);
        assertThat(l.get(2).path("amount").asLong())
                .as("0.33 x 10001 = 3300.33, half-up once")
                .isEqualTo(3_300);
        assertThat(l.get(3).path("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(l.get(4).path("amount").asLong())
                .as("1.5 x 33333 = 49999.5 -> 50000")
                .isEqualTo(50_000);
        long subtotal = 0;
        for (JsonNode x : l) {
            assertThat(x.path("decision").asText()).isEqualTo("PENDING");
            subtotal += x.path("amount").asLong();
        }
        assertThat(e.path("subtotal").asLong()).isEqualTo(subtotal);
        BigDecimal taxRate = e.path("taxRatePercent").decimalValue();
        long tax = new BigDecimal(subtotal)
                .multiply(taxRate)
                .movePointLeft(2)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        assertThat(e.path("tax").asLong()).isEqualTo(tax);
        assertThat(e.path("total").asLong()).isEqualTo(subtotal + tax);
        // the receipt lists its estimates
        JsonNode listed = counter.get("/receipts/" + receipt).json().path("estimates");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void badLinesAreRefusedNamingTheFieldAndNothingIsWritten() {
        long m = mechanic("나정비", "8", "na");
        long receipt = Shop.receipt(counter, m, "1").id();
        long seq = boss.lastSeq();
        Api.Res bad = counter.post(
                "/receipts/" + receipt + "/estimates",
                obj(
                        "lines",
                        lines(
                                obj("kind", "LABOR", "description", "x"),
                                obj("kind", "FEE", "description", "y"),
                                obj("kind", "PART", "vehiclePartId", 99_999),
                                obj("kind", "LABOR", "description", "z", "hours", 1, "quantity", 2))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body())
                .contains("lines[0].hours", "lines[1].unitPrice", "lines[3].quantity")
                .doesNotContain("lines[2]");
        Api.Res unknownPart = counter.post(
                "/receipts/" + receipt + "/estimates",
                obj("lines", lines(obj("kind", "PART", "vehiclePartId", 99_999))));
        assertThat(unknownPart.status()).as(unknownPart.toString()).isEqualTo(400);
        assertThat(unknownPart.body()).contains("lines[0].vehiclePartId");
        assertThat(boss.lastSeq()).isEqualTo(seq);
        assertThat(counter.get("/receipts/" + receipt).json().path("estimates")).isEmpty();
    }

    @Test
    void aDraftChangesAPresentedOneIsFrozenAndANewVersionCarriesDecisionsOver() {
        long m = mechanic("다정비", "8", "da");
        long receipt = Shop.receipt(counter, m, "1").id();
        JsonNode v1 = counter.post(
                        "/receipts/" + receipt + "/estimates",
                        obj("lines", lines(labor("패드 교환", "1"), labor("디스크 연마", "1"))))
                .json();
        Api.Res patched = counter.patch(
                "/estimates/" + v1.path("id").asLong(),
                obj("lines", lines(labor("패드 교환", "1"), labor("디스크 연마", "1"), labor("하체 점검", "0.5"))),
                Map.of("If-Match", "\"" + v1.path("version").asText() + "\""));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().path("lines")).hasSize(3);
        Api.Res stale = counter.patch(
                "/estimates/" + v1.path("id").asLong(),
                obj("lines", lines(labor("패드 교환", "2"))),
                Map.of("If-Match", "\"" + v1.path("version").asText() + "\""));
        assertThat(stale.status()).isEqualTo(412);

        JsonNode shown = present(v1.path("id").asLong());
        assertThat(shown.path("status").asText()).isEqualTo("PRESENTED");
        assertThat(shown.path("validUntil").isNull()).isFalse();
        Api.Res frozen = counter.patch(
                "/estimates/" + v1.path("id").asLong(),
                obj("lines", lines(labor("패드 교환", "2"))),
                Map.of("If-Match", "\"" + shown.path("version").asText() + "\""));
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);

        double before = remaining(m);
        Api.Res decided = decide(
                shown.path("id").asLong(),
                "PHONE",
                line(shown, 0),
                "APPROVED",
                line(shown, 1),
                "APPROVED",
                line(shown, 2),
                "DECLINED");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().path("approvedHours").decimalValue()).isEqualByComparingTo("2");
        assertThat(decided.json().path("approvals").get(0).path("method").asText())
                .isEqualTo("PHONE");
        assertThat(remaining(m)).isEqualTo(before - 2);

        // version 2 is a copy; the disc line changes price; presenting carries the pad's approval over
        JsonNode v2 = counter.post("/receipts/" + receipt + "/estimates", null).json();
        assertThat(v2.path("number").asInt()).isEqualTo(2);
        assertThat(v2.path("lines")).hasSize(3);
        ObjectNode disc = labor("디스크 연마", "1");
        disc.put("rate", 1);
        Api.Res changed = counter.patch(
                "/estimates/" + v2.path("id").asLong(),
                obj("lines", lines(labor("패드 교환", "1"), disc, labor("하체 점검", "0.5"))),
                Map.of("If-Match", "\"" + v2.path("version").asText() + "\""));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        long seq = boss.lastSeq();
        JsonNode p2 = present(v2.path("id").asLong());
        assertThat(p2.path("lines").get(0).path("decision").asText()).isEqualTo("APPROVED");
        assertThat(p2.path("lines").get(1).path("decision").asText()).isEqualTo("PENDING");
        assertThat(p2.path("lines").get(2).path("decision").asText()).isEqualTo("DECLINED");
        assertThat(p2.path("approvedHours").decimalValue()).isEqualByComparingTo("1");
        assertThat(remaining(m))
                .as("the changed disc line's hour is given back")
                .isEqualTo(before - 1);
        assertThat(boss.get("/events?since=" + seq).json().path("items").findValuesAsText("type"))
                .containsExactly("EstimateSuperseded", "ManDayRestored", "EstimatePresented");
        assertThat(counter.get("/estimates/" + v1.path("id").asLong())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("SUPERSEDED");
        JsonNode listed = counter.get("/receipts/" + receipt).json().path("estimates");
        assertThat(listed.findValuesAsText("status")).containsExactly("SUPERSEDED", "PRESENTED");
        // decisions are taken on the presented version only
        Api.Res onOld = decide(v1.path("id").asLong(), "PHONE", line(shown, 0), "DECLINED");
        assertThat(onOld.status()).isEqualTo(409);
    }

    @Test
    void anApprovalBeyondTheDayIsRefusedWithTheHoursLeftAndNothingWritten() {
        long m = mechanic("라정비", "4", "ra");
        long receipt = Shop.receipt(counter, m, "3").id();
        JsonNode e = counter.post(
                        "/receipts/" + receipt + "/estimates",
                        obj("lines", lines(labor("엔진 점검", "0.5"), labor("타이밍 벨트", "2"))))
                .json();
        JsonNode shown = present(e.path("id").asLong());
        long seq = boss.lastSeq();
        Api.Res tooMuch =
                decide(shown.path("id").asLong(), "IN_PERSON", line(shown, 0), "APPROVED", line(shown, 1), "APPROVED");
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        JsonNode params = tooMuch.json().path("errors").get(0).path("params");
        assertThat(params.path("remainingHours").decimalValue()).isEqualByComparingTo("1");
        assertThat(params.path("requestedHours").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(boss.lastSeq()).as("nothing written").isEqualTo(seq);
        assertThat(counter.get("/estimates/" + shown.path("id").asLong()).json().path("approvals"))
                .isEmpty();
        // the half hour fits; declining gives it back
        assertThat(decide(shown.path("id").asLong(), "IN_PERSON", line(shown, 0), "APPROVED")
                        .status())
                .isEqualTo(201);
        assertThat(remaining(m)).isEqualTo(0.5);
        assertThat(decide(shown.path("id").asLong(), "PHONE", line(shown, 0), "DECLINED")
                        .status())
                .isEqualTo(201);
        assertThat(remaining(m)).isEqualTo(1.0);
        // cancelling the receipt gives back what it booked, approved hours included
        assertThat(decide(shown.path("id").asLong(), "PHONE", line(shown, 0), "APPROVED")
                        .status())
                .isEqualTo(201);
        assertThat(counter.post("/receipts/" + receipt + "/cancel", obj("reason", "고객 요청"))
                        .status())
                .isEqualTo(200);
        assertThat(remaining(m)).isEqualTo(4.0);
    }

    @Test
    void aJobWithAnEstimateStartsOnlyOnceSomethingIsApproved() {
        long m = mechanic("마정비", "8", "ma");
        Api mechanic = boss.as("mech-ma", "password-1");
        long receipt = Shop.receipt(counter, m, "1").id();
        long job = counter.get("/receipts/" + receipt).json().path("jobId").asLong();
        JsonNode e = counter.post("/receipts/" + receipt + "/estimates", obj("lines", lines(labor("점검", "1"))))
                .json();
        // a draft is not an estimate yet: nothing is blocked
        long other = Shop.receipt(counter, m, "1").id();
        long otherJob = counter.get("/receipts/" + other).json().path("jobId").asLong();
        counter.post("/receipts/" + other + "/estimates", obj("lines", lines(labor("점검", "1"))));
        assertThat(mechanic.post("/jobs/" + otherJob + "/start", null).status()).isEqualTo(200);

        JsonNode shown = present(e.path("id").asLong());
        Api.Res blocked = mechanic.post("/jobs/" + job + "/start", null);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(blocked.body()).contains("approv");
        // the mechanic reads the estimate of their own job; another mechanic may not
        assertThat(mechanic.get("/estimates/" + shown.path("id").asLong()).status())
                .isEqualTo(200);
        mechanic("바정비", "8", "ba");
        assertThat(boss.as("mech-ba", "password-1")
                        .get("/estimates/" + shown.path("id").asLong())
                        .status())
                .isEqualTo(403);
        decide(shown.path("id").asLong(), "SIGNATURE", line(shown, 0), "APPROVED");
        assertThat(mechanic.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
    }

    @Test
    void approvalsAreCheckedFieldByField() {
        long m = mechanic("사정비", "8", "sa");
        long receipt = Shop.receipt(counter, m, "1").id();
        JsonNode shown =
                present(counter.post("/receipts/" + receipt + "/estimates", obj("lines", lines(labor("점검", "1"))))
                        .json()
                        .path("id")
                        .asLong());
        long id = shown.path("id").asLong();
        Api.Res bad = counter.post(
                "/estimates/" + id + "/approvals",
                obj(
                        "decisions",
                        Api.JSON.valueToTree(List.of(
                                Map.of("lineId", line(shown, 0), "decision", "PENDING"),
                                Map.of("lineId", line(shown, 0), "decision", "APPROVED"))),
                        "method",
                        "FAX"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        Api.Res missing = counter.post("/estimates/" + id + "/approvals", obj("decisions", List.of()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("decisions", "method", "customerName");
        Api.Res dup = counter.post(
                "/estimates/" + id + "/approvals",
                obj(
                        "decisions",
                        Api.JSON.valueToTree(List.of(
                                Map.of("lineId", line(shown, 0), "decision", "APPROVED"),
                                Map.of("lineId", line(shown, 0), "decision", "DECLINED"))),
                        "method",
                        "PHONE",
                        "customerName",
                        "홍길동"));
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.body()).contains("decisions[1].lineId");
        Api.Res notOnIt = decide(id, "PHONE", 999_999L, "APPROVED");
        assertThat(notOnIt.status()).isEqualTo(400);
        assertThat(notOnIt.body()).contains("decisions[0].lineId");
    }

    @Test
    void racingApprovalsNeverOverbookTheMechanicsLastHours() throws Exception {
        long m = mechanic("아정비", "8", "ah");
        // 20 receipts of 0.25 h (5 h booked), each with a presented estimate of one 0.5 h line:
        // the 3 h left take exactly 6 approvals.
        int n = 20;
        List<long[]> estimates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long receipt = Shop.receipt(counter, m, "0.25").id();
            JsonNode shown =
                    present(counter.post("/receipts/" + receipt + "/estimates", obj("lines", lines(labor("점검", "0.5"))))
                            .json()
                            .path("id")
                            .asLong());
            estimates.add(new long[] {shown.path("id").asLong(), line(shown, 0)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Api.Res> results = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (long[] e : estimates) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return decide(e[0], "PHONE", e[1], "APPROVED");
                }));
            }
            go.countDown();
            for (Future<Api.Res> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(results.stream().filter(r -> r.status() == 201).count()).isEqualTo(6);
        assertThat(results.stream().filter(r -> r.status() == 409).count()).isEqualTo(n - 6);
        JsonNode capacity = counter.get("/mechanics/" + m + "/capacity").json();
        assertThat(capacity.path("bookedHours").decimalValue()).isEqualByComparingTo("8");
        long approvedEstimates = estimates.stream()
                .filter(e -> counter.get("/estimates/" + e[0])
                                .json()
                                .path("approvedHours")
                                .decimalValue()
                                .signum()
                        > 0)
                .count();
        assertThat(approvedEstimates).isEqualTo(6);
    }

    @Test
    void estimatesAreForOpenWorkOnly() {
        long m = mechanic("자정비", "2", "ja");
        Api.Res rejected = Shop.receipt(counter, m, "3");
        assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
        Api.Res refused = counter.post("/receipts/" + rejected.id() + "/estimates", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(counter.post("/receipts/999999/estimates", null).status()).isEqualTo(404);
        assertThat(counter.get("/estimates/999999").status()).isEqualTo(404);
    }
}
