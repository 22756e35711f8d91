package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * Customers and vehicles as records, through the API as the counter uses it: find-or-create from
 * the seed's receipt fields, the warnings, plates however typed, transfer, merge, histories, the
 * car's release, the repair-record report and who may read what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomersAndVehiclesTest {
    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    long mechanic;
    long otherMechanic;
    long part;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        mechanic = Shop.mechanic(boss, "김민수", "24");
        otherMechanic = Shop.mechanic(boss, "이정비", "24");
        part = Shop.part(boss, "EO-1", "엔진오일", 100, 48_000);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kim = Shop.user(boss, "kim", "MECHANIC", mechanic);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private Api.Res receipt(Object... extra) {
        var body = obj("mechanicId", mechanic, "estimatedHours", "0.5", "request", "엔진오일 교환");
        for (int i = 0; i < extra.length; i += 2) {
            body.set((String) extra[i], Api.JSON.valueToTree(extra[i + 1]));
        }
        Api.Res r = counter.post("/receipts", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private static List<String> warnings(Api.Res r) {
        List<String> codes = new ArrayList<>();
        r.json().path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        return codes;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void finish(long receipt, String notes) {
        long job = counter.get("/receipts/" + receipt).json().path("jobId").asLong();
        assertThat(kim.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        assertThat(kim.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", part, "quantity", 2))
                        .status())
                .isEqualTo(201);
        Api.Res f = kim.post("/jobs/" + job + "/finish", obj("laborHours", "1.25", "notes", notes));
        assertThat(f.status()).as(f.toString()).isEqualTo(200);
    }

    @Test
    void theSeedsFieldsFindOrCreateTheCustomerAndTheCarHoweverThePlateIsTyped() {
        Api.Res first = receipt(
                "customerName",
                "홍길동",
                "customerPhone",
                "010-1234-5678",
                "carId",
                "77가 1234",
                "vehicle",
                Map.of("make", "Hyundai", "mileageKm", 50_000));
        long customer = first.json().path("customerId").asLong();
        long vehicle = first.json().path("vehicleId").asLong();
        assertThat(customer).isPositive();
        assertThat(vehicle).isPositive();
        assertThat(first.json().path("carId").asText())
                .as("the receipt keeps the plate as typed")
                .isEqualTo("77가 1234");
        assertThat(warnings(first)).isEmpty();
        assertThat(counter.get("/receipts/" + first.id()).json())
                .as("the answer is the receipt as stored")
                .isEqualTo(first.json());

        JsonNode c = counter.get("/customers/" + customer).json();
        assertThat(c.path("name").asText()).isEqualTo("홍길동");
        assertThat(c.path("phones").get(0).asText()).isEqualTo("010-1234-5678");
        assertThat(c.path("vehicleIds").get(0).asLong()).isEqualTo(vehicle);
        JsonNode v = counter.get("/vehicles/" + vehicle).json();
        assertThat(v.path("plate").asText()).isEqualTo("77가1234");
        assertThat(v.path("plateStandard").asBoolean()).isTrue();
        assertThat(v.path("lastMileageKm").asInt()).isEqualTo(50_000);
        assertThat(v.path("owners")).hasSize(1);
        assertThat(v.path("openReceiptIds").get(0).asLong()).isEqualTo(first.id());

        // the same car typed another way, a lower odometer, a past date: one car, three warnings
        Api.Res again = receipt(
                "customerName",
                "홍길동",
                "customerPhone",
                "01012345678",
                "carId",
                "77가-1234",
                "vehicle",
                Map.of("mileageKm", 49_000),
                "requestDate",
                LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1));
        assertThat(again.json().path("vehicleId").asLong()).isEqualTo(vehicle);
        assertThat(counter.get("/receipts/" + again.id()).json()).isEqualTo(again.json());
        assertThat(again.json().path("customerId").asLong()).isEqualTo(customer);
        assertThat(warnings(again))
                .containsExactlyInAnyOrder(
                        "VEHICLE_ALREADY_IN_SHOP", "MILEAGE_LOWER_THAN_LAST", "REQUEST_DATE_IN_PAST");
        JsonNode inShop = again.json().path("warnings").get(warnings(again).indexOf("VEHICLE_ALREADY_IN_SHOP"));
        assertThat(inShop.path("params").path("receiptIds").get(0).asLong()).isEqualTo(first.id());
        JsonNode lower = again.json().path("warnings").get(warnings(again).indexOf("MILEAGE_LOWER_THAN_LAST"));
        assertThat(lower.path("params").path("lastMileageKm").asInt()).isEqualTo(50_000);
        assertThat(counter.get("/vehicles/" + vehicle)
                        .json()
                        .path("lastMileageKm")
                        .asInt())
                .as("the highest reading stays the vehicle's")
                .isEqualTo(50_000);

        // the lookup finds it however it is typed
        for (String typed : new String[] {"77가 1234", "77가-1234", "77가1234", " 77 가 1234 "}) {
            JsonNode found = counter.get("/vehicles?plate=" + q(typed)).json().path("items");
            assertThat(found).as(typed).hasSize(1);
            assertThat(found.get(0).path("id").asLong()).isEqualTo(vehicle);
        }

        // someone else brings the car: the owner stays, with a warning
        Api.Res other = receipt("customerName", "김영희", "customerPhone", "010-9999-0000", "carId", "77가1234");
        assertThat(other.json().path("customerId").asLong()).isEqualTo(customer);
        assertThat(warnings(other)).contains("OWNER_MISMATCH");
        assertThat(other.json().path("customerName").asText())
                .as("as typed that day")
                .isEqualTo("김영희");

        // a new car with a known phone belongs to that customer
        Api.Res second = receipt("customerName", "홍길동", "customerPhone", "010 1234 5678", "carId", "123가4567");
        assertThat(second.json().path("customerId").asLong()).isEqualTo(customer);
        assertThat(second.json().path("vehicleId").asLong()).isNotEqualTo(vehicle);
        assertThat(counter.get("/customers/" + customer).json().path("vehicleIds"))
                .hasSize(2);
    }

    @Test
    void regionalAndNonStandardPlatesAreTheirOwnRegistrations() {
        long plain = receipt("customerName", "가", "carId", "45다 6789")
                .json()
                .path("vehicleId")
                .asLong();
        long regional = receipt("customerName", "나", "carId", "서울 45다 6789")
                .json()
                .path("vehicleId")
                .asLong();
        assertThat(regional).isNotEqualTo(plain);
        assertThat(counter.get("/vehicles/" + regional).json().path("plate").asText())
                .isEqualTo("서울45다6789");
        Api.Res temp = receipt("customerName", "다", "carId", " TEMP-123 ");
        JsonNode v = counter.get("/vehicles/" + temp.json().path("vehicleId").asLong())
                .json();
        assertThat(v.path("plate").asText()).isEqualTo("TEMP-123");
        assertThat(v.path("plateStandard").asBoolean()).isFalse();
    }

    @Test
    void idsWinOverTheTypedFieldsAndACarOfAnotherOwnerIsAConflict() {
        long a = counter.post("/customers", obj("name", "법인 A", "phones", List.of("02-555-0101")))
                .id();
        long b = counter.post("/customers", obj("name", "개인 B")).id();
        Api.Res car = counter.post("/vehicles", obj("plate", "88라 8888", "customerId", a, "fuel", "DIESEL"));
        assertThat(car.status()).as(car.toString()).isEqualTo(201);
        Api.Res byIds = receipt("customerId", a, "vehicleId", car.id());
        assertThat(byIds.json().path("customerName").asText()).isEqualTo("법인 A");
        assertThat(byIds.json().path("carId").asText()).isEqualTo("88라8888");
        Api.Res wrong = counter.post(
                "/receipts",
                obj(
                        "customerId",
                        b,
                        "vehicleId",
                        car.id(),
                        "mechanicId",
                        mechanic,
                        "estimatedHours",
                        "1",
                        "request",
                        "x"));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(409);
        assertThat(wrong.errorFields()).contains("customerId");
        assertThat(counter.get("/customers/" + a).json().path("phones").get(0).asText())
                .isEqualTo("02-555-0101");
    }

    @Test
    void aPhoneSharedByTwoCustomersPicksTheMostRecentlySeenWithAWarning() {
        long older = counter.post("/customers", obj("name", "아버지", "phones", List.of("010-4242-4242")))
                .id();
        long newer = counter.post("/customers", obj("name", "아들", "phones", List.of("010-4242-4242")))
                .id();
        Api.Res r = receipt("customerName", "?", "customerPhone", "010-4242-4242", "carId", "42가 4242");
        assertThat(r.json().path("customerId").asLong()).isEqualTo(newer).isNotEqualTo(older);
        assertThat(warnings(r)).contains("AMBIGUOUS_CUSTOMER");
    }

    @Test
    void platesOfActiveVehiclesAreUniqueAndALeavingCarFreesItsPlate() {
        long owner = counter.post("/customers", obj("name", "차주")).id();
        Api.Res v = counter.post("/vehicles", obj("plate", "66마 6666", "customerId", owner));
        assertThat(counter.post("/vehicles", obj("plate", "66마-6666", "customerId", owner))
                        .status())
                .isEqualTo(409);
        Api.Res scrapped = counter.patch(
                "/vehicles/" + v.id(),
                obj("active", false),
                Map.of("If-Match", "\"" + v.json().path("version").asLong() + "\""));
        assertThat(scrapped.status()).as(scrapped.toString()).isEqualTo(200);
        assertThat(counter.post("/vehicles", obj("plate", "66마 6666", "customerId", owner))
                        .status())
                .isEqualTo(201);
        assertThat(counter.get("/vehicles?plate=" + q("66마6666")).json().path("items"))
                .as("both records, the active one first")
                .hasSize(2);
        Api.Res badVin =
                counter.post("/vehicles", obj("plate", "67마 6767", "customerId", owner, "vin", "KMHO0000000000000"));
        assertThat(badVin.status()).isEqualTo(400);
        assertThat(badVin.errorFields()).containsExactly("vin");
        Api.Res korean =
                counter.post("/vehicles", obj("plate", "68마 6868", "customerId", owner, "vin", "KMHE341DBLA123456"));
        assertThat(korean.status()).isEqualTo(201);
        assertThat(korean.json().path("make").asText()).as("read from the WMI").isEqualTo("Hyundai");
        assertThat(korean.json().path("warnings").get(0).path("code").asText()).isEqualTo("VIN_CHECK_DIGIT");
        Api.Res ownerChange = counter.patch(
                "/vehicles/" + korean.id(),
                obj("customerId", 1),
                Map.of("If-Match", "\"" + korean.json().path("version").asLong() + "\""));
        assertThat(ownerChange.status()).isEqualTo(400);
        assertThat(ownerChange.errorFields()).containsExactly("customerId");
    }

    @Test
    void searchAsYouTypeFindsByNamePhoneTailAndPlate() {
        Api.Res r = receipt("customerName", "황보석진", "customerPhone", "010-7777-3141", "carId", "59허 2718");
        long id = r.json().path("customerId").asLong();
        for (String typed : new String[] {"황보", "황보석", "3141", "010-7777-3141", "59허", "59허 27", "2718"}) {
            JsonNode items = counter.get("/customers?q=" + q(typed)).json().path("items");
            assertThat(items.findValuesAsText("id")).as(typed).contains(String.valueOf(id));
        }
        assertThat(counter.get("/customers?q=" + q("없는이름")).json().path("items"))
                .isEmpty();
        // a Latin name is found whatever the case it is typed in, in name order, once each
        long sarah = receipt("customerName", "Sarah Kimball", "customerPhone", "010-7777-2718", "carId", "59허 3141")
                .json()
                .path("customerId")
                .asLong();
        long upper = receipt("customerName", "SARAH LEE", "customerPhone", "010-7777-2719", "carId", "59허 3142")
                .json()
                .path("customerId")
                .asLong();
        for (String typed : new String[] {"sarah", "SARAH", "Sarah", "sArAh"}) {
            assertThat(counter.get("/customers?q=" + q(typed))
                            .json()
                            .path("items")
                            .findValuesAsText("id"))
                    .as(typed)
                    .containsExactly(String.valueOf(upper), String.valueOf(sarah));
        }
        assertThat(counter.get("/customers?q=" + q("sarah k"))
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .containsExactly(String.valueOf(sarah));
        assertThat(counter.get("/vehicles?q=2718").json().path("items").findValuesAsText("plate"))
                .contains("59허2718");
    }

    @Test
    void customersFoundByAPhoneOrPlateTailComeInNameOrderPageByPageInFull() {
        // four phones and a plate end in 4242; 이 twice (ties go by id)
        String[][] people = {
            {"최사이", "010-1000-4242", "11가 1111"},
            {"김사이", "010-2000-4242", "22가 2222"},
            {"이사이", "010-3000-4242", "33가 3333"},
            {"이사이", "010-4000-4242", "44가 4444"},
            {"박판호", "010-5000-5000", "55가 4242"},
        };
        for (String[] p : people) {
            receipt("customerName", p[0], "customerPhone", p[1], "carId", p[2]);
        }
        List<String> names = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = counter.get("/customers?q=4242&limit=2" + (cursor == null ? "" : "&cursor=" + q(cursor)))
                    .json();
            for (JsonNode c : page.path("items")) {
                names.add(c.path("name").asText());
                ids.add(c.path("id").asLong());
                // read in full: phones and cars, not only the name the search sorts by
                assertThat(c.path("phones")).as(c.toString()).isNotEmpty();
                assertThat(c.path("vehicleIds")).as(c.toString()).hasSize(1);
            }
            cursor = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(names).containsExactly("김사이", "박판호", "이사이", "이사이", "최사이");
        assertThat(ids.get(2)).isLessThan(ids.get(3));
    }

    @Test
    void aTransferKeepsTheHistoryWithTheCarAndTheOwnershipPeriods() {
        Api.Res r = receipt("customerName", "판매자", "customerPhone", "010-3131-3131", "carId", "31가 3131");
        long vehicle = r.json().path("vehicleId").asLong();
        long seller = r.json().path("customerId").asLong();
        long buyer = counter.post("/customers", obj("name", "구매자")).id();
        Api.Res t = counter.post("/vehicles/" + vehicle + "/transfer", obj("customerId", buyer, "reason", "중고 매매"));
        assertThat(t.status()).as(t.toString()).isEqualTo(200);
        JsonNode owners = t.json().path("owners");
        assertThat(owners).hasSize(2);
        assertThat(owners.get(0).path("customerId").asLong()).isEqualTo(seller);
        assertThat(owners.get(0).path("to").isNull()).isFalse();
        assertThat(owners.get(1).path("customerId").asLong()).isEqualTo(buyer);
        assertThat(owners.get(1).path("to").isNull()).isTrue();
        assertThat(t.json().path("customerId").asLong()).isEqualTo(buyer);
        assertThat(counter.get("/vehicles/" + vehicle + "/history").json().path("items"))
                .hasSize(1);
        assertThat(counter.post("/vehicles/" + vehicle + "/transfer", obj("customerId", buyer, "reason", "again"))
                        .status())
                .isEqualTo(409);
        assertThat(boss.get("/events?since=0&limit=500").json().path("items").findValuesAsText("type"))
                .contains("VehicleTransferred");
        // the next receipt for the car belongs to the buyer
        assertThat(receipt("customerName", "구매자", "carId", "31가3131")
                        .json()
                        .path("customerId")
                        .asLong())
                .isEqualTo(buyer);
    }

    @Test
    void aMergeMovesEverythingInOneChangeKeepsTheDuplicateAndIsAudited() {
        Api.Res r = receipt("customerName", "중복", "customerPhone", "010-6060-6060", "carId", "60가 6060");
        long duplicate = r.json().path("customerId").asLong();
        long survivor = counter.post("/customers", obj("name", "중복", "email", "dup@example.com"))
                .id();
        Api.Res refused = boss.post("/customers/" + survivor + "/merge", obj("duplicateId", duplicate, "reason", "중복"));
        assertThat(refused.status())
                .as("the duplicate's job is not finished: " + refused)
                .isEqualTo(409);
        counter.post("/receipts/" + r.id() + "/cancel", obj("reason", "고객 취소"));
        assertThat(counter.post("/customers/" + survivor + "/merge", obj("duplicateId", duplicate, "reason", "x"))
                        .status())
                .as("a receptionist may not merge")
                .isEqualTo(403);
        Api.Res merged =
                boss.post("/customers/" + survivor + "/merge", obj("duplicateId", duplicate, "reason", "중복 등록"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("phones").get(0).asText()).isEqualTo("010-6060-6060");
        assertThat(merged.json().path("vehicleIds")).hasSize(1);
        JsonNode dup = counter.get("/customers/" + duplicate).json();
        assertThat(dup.path("mergedIntoId").asLong()).isEqualTo(survivor);
        assertThat(counter.get("/receipts/" + r.id()).json().path("customerId").asLong())
                .isEqualTo(survivor);
        assertThat(counter.get("/customers/" + survivor + "/history").json().path("items"))
                .hasSize(1);
        assertThat(counter.get("/customers?q=" + q("010-6060-6060"))
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .containsExactly(String.valueOf(survivor));
        JsonNode audit = boss.get("/audit?limit=50").json().path("items");
        assertThat(audit.findValuesAsText("type")).contains("CustomersMerged");
        // a receipt naming the merged record lands on the survivor
        assertThat(receipt("customerId", duplicate, "carId", "61가 6161")
                        .json()
                        .path("customerId")
                        .asLong())
                .isEqualTo(survivor);
        assertThat(boss.post("/customers/" + survivor + "/merge", obj("duplicateId", duplicate, "reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void historyReleaseAndTheRepairRecordShowTheWorkDone() {
        Api.Res r = receipt(
                "customerName",
                "이력",
                "customerPhone",
                "010-5151-5151",
                "carId",
                "51가 5151",
                "vehicle",
                Map.of("mileageKm", 12_345));
        finish(r.id(), "Rear pads at 3 mm - advise customer");
        long vehicle = r.json().path("vehicleId").asLong();
        JsonNode visit = counter.get("/vehicles/" + vehicle + "/history")
                .json()
                .path("items")
                .get(0);
        assertThat(visit.path("receiptId").asLong()).isEqualTo(r.id());
        assertThat(visit.path("mileageKm").asInt()).isEqualTo(12_345);
        assertThat(visit.path("request").asText()).isEqualTo("엔진오일 교환");
        assertThat(visit.path("notes").asText()).isEqualTo("Rear pads at 3 mm - advise customer");
        assertThat(visit.path("laborHours").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(visit.path("parts").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(visit.path("invoiceNumber").asText()).isNotBlank();
        assertThat(visit.path("total").asLong()).isPositive();
        assertThat(visit.path("paid").asLong()).isZero();
        assertThat(visit.path("mechanicName").asText()).isEqualTo("김민수");

        Api.Res released = counter.post("/receipts/" + r.id() + "/release", null);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("releasedAt").isNull()).isFalse();
        assertThat(warnings(released)).contains("UNPAID_BALANCE");
        assertThat(counter.post("/receipts/" + r.id() + "/release", null).status())
                .isEqualTo(409);
        assertThat(counter.get("/vehicles/" + vehicle).json().path("openReceiptIds"))
                .isEmpty();
        assertThat(counter.get("/statusPages/" + r.id())
                        .json()
                        .path("releasedAt")
                        .isNull())
                .isFalse();
        Api.Res open = receipt("customerName", "열림", "carId", "52가 5252");
        assertThat(counter.post("/receipts/" + open.id() + "/release", null).status())
                .as("a car whose job is not finished is not released")
                .isEqualTo(409);

        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        JsonNode records = counter.get("/reports/repairRecords?from=" + today + "&to=" + today)
                .json()
                .path("items");
        JsonNode record = null;
        for (JsonNode x : records) {
            if (x.path("receiptId").asLong() == r.id()) {
                record = x;
            }
        }
        assertThat(record).isNotNull();
        assertThat(record.path("plate").asText()).isEqualTo("51가5151");
        assertThat(record.path("mileageKm").asInt()).isEqualTo(12_345);
        assertThat(record.path("mechanicName").asText()).isEqualTo("김민수");
        assertThat(record.path("workDone").asText()).contains("1.25 h", "엔진오일", "Rear pads");
        assertThat(record.path("releasedAt").isNull()).isFalse();
        Api.Res csv = counter.get("/reports/repairRecords?from=" + today + "&to=" + today + "&format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFreceiptId,plate,vin,make,model,mileageKm")
                .contains("51가5151");
        assertThat(counter.get("/reports/repairRecords?from=" + today + "&to=2000-01-01")
                        .status())
                .isEqualTo(400);
        assertThat(kim.get("/reports/repairRecords").status()).isEqualTo(403);
    }

    @Test
    void aMechanicReadsTheCustomerAndCarOfTheirOwnJobsOnlyAndNeverTheirPhone() {
        Api.Res mine = receipt("customerName", "내고객", "customerPhone", "010-8181-8181", "carId", "81가 8181");
        var body = obj(
                "customerName",
                "남의고객",
                "customerPhone",
                "010-8282-8282",
                "carId",
                "82가 8282",
                "mechanicId",
                otherMechanic,
                "estimatedHours",
                "1",
                "request",
                "점검");
        Api.Res theirs = counter.post("/receipts", body);
        JsonNode c =
                kim.get("/customers/" + mine.json().path("customerId").asLong()).json();
        assertThat(c.path("name").asText()).isEqualTo("내고객");
        assertThat(c.path("phones").isNull()).isTrue();
        assertThat(kim.get("/vehicles/" + mine.json().path("vehicleId").asLong())
                        .status())
                .isEqualTo(200);
        assertThat(kim.get("/vehicles/" + mine.json().path("vehicleId").asLong() + "/history")
                        .status())
                .isEqualTo(200);
        assertThat(kim.get("/customers/" + theirs.json().path("customerId").asLong())
                        .status())
                .isEqualTo(403);
        assertThat(kim.get("/vehicles/" + theirs.json().path("vehicleId").asLong())
                        .status())
                .isEqualTo(403);
        assertThat(kim.get("/customers?q=" + q("남의")).status()).isEqualTo(403);
        assertThat(kim.get("/events?since=0&limit=500").body()).doesNotContain("010-8181-8181", "010-8282-8282");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long seq = boss.lastSeq();
        assertThat(counter.post("/customers", obj()).errorFields()).containsExactly("name");
        assertThat(counter.post("/customers", obj("phones", List.of("abc"))).errorFields())
                .containsExactly("phones[0]");
        assertThat(counter.post("/customers", obj("name", "x", "email", "not-an-email"))
                        .errorFields())
                .containsExactly("email");
        assertThat(counter.post("/vehicles", obj("plate", "1가1111")).errorFields())
                .containsExactly("customerId");
        assertThat(counter.post("/vehicles", obj("plate", "1가1111", "customerId", 999_999))
                        .errorFields())
                .containsExactly("customerId");
        assertThat(counter.post("/vehicles", obj("plate", "1가1111", "customerId", 1, "fuel", "STEAM"))
                        .status())
                .isEqualTo(400);
        assertThat(boss.lastSeq()).as("nothing written").isEqualTo(seq);
    }

    @Test
    void racingReceiptsForTheSameNewPlateCreateOneVehicle() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Res>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return counter.post(
                        "/receipts",
                        obj(
                                "customerName",
                                "경주",
                                "customerPhone",
                                "010-1111-9999",
                                "carId",
                                "99호 1234",
                                "mechanicId",
                                mechanic,
                                "estimatedHours",
                                "0.1",
                                "request",
                                "race"));
            }));
        }
        start.countDown();
        List<Long> vehicles = new ArrayList<>();
        List<Long> customers = new ArrayList<>();
        for (Future<Api.Res> f : answers) {
            Api.Res r = f.get();
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            vehicles.add(r.json().path("vehicleId").asLong());
            customers.add(r.json().path("customerId").asLong());
        }
        pool.shutdown();
        assertThat(vehicles).as("one vehicle").containsOnly(vehicles.get(0));
        assertThat(customers).as("one customer").containsOnly(customers.get(0));
        assertThat(counter.get("/vehicles?plate=" + q("99호1234")).json().path("items"))
                .hasSize(1);
    }
}
