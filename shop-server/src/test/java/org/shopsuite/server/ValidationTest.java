package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Every validation rule: bad input gets a 400 problem+json naming the field, and changes nothing.
 * Placeholders {m} {p} {j} {i} stand for a real mechanic, part, job in progress and invoice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationTest {
    TestServer server;
    Api manager;
    Map<String, String> ids;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        long m = Shop.mechanic(manager, "김민수", "8");
        long p = Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
        long j = Shop.receipt(manager, m, "1").json().path("jobId").asLong();
        manager.post("/jobs/" + j + "/start", null);
        long j2 = Shop.receipt(manager, m, "1").json().path("jobId").asLong();
        manager.post("/jobs/" + j2 + "/start", null);
        long i = manager.post("/jobs/" + j2 + "/finish", null)
                .json()
                .path("invoiceId")
                .asLong();
        ids = Map.of("{m}", "" + m, "{p}", "" + p, "{j}", "" + j, "{i}", "" + i);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private String fill(String s) {
        String out = s;
        for (var e : ids.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
          /receipts | {"carId":"12가 3456","mechanicId":{m},"estimatedHours":1,"request":"r"} | customerName
          /receipts | {"customerName":"   ","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r"} | customerName
          /receipts | {"customerName":"@101","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r"} | customerName
          /receipts | {"customerName":"a","customerPhone":"call me","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r"} | customerPhone
          /receipts | {"customerName":"a","customerPhone":"123456","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r"} | customerPhone
          /receipts | {"customerName":"a","carId":"12가!3456","mechanicId":{m},"estimatedHours":1,"request":"r"} | carId
          /receipts | {"customerName":"a","carId":"123456789012345678901","mechanicId":{m},"estimatedHours":1,"request":"r"} | carId
          /receipts | {"customerName":"a","mechanicId":{m},"estimatedHours":1,"request":"r"} | carId
          /receipts | {"customerName":"a","carId":"1","estimatedHours":1,"request":"r"} | mechanicId
          /receipts | {"customerName":"a","carId":"1","mechanicId":"kim","estimatedHours":1,"request":"r"} | mechanicId
          /receipts | {"customerName":"a","carId":"1","mechanicId":999999,"estimatedHours":1,"request":"r"} | mechanicId
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":0,"request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":24.01,"request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1.255,"request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":"two","request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":true,"request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"request":"r"} | estimatedHours
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1} | request
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"@2001"} | request
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","requestDate":"2026-13-01"} | requestDate
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","requestDate":"1999-01-01"} | requestDate
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","vehicle":{"year":1800}} | vehicle.year
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","vehicle":{"vin":"NOTAVIN"}} | vehicle.vin
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","vehicle":{"mileageKm":-1}} | vehicle.mileageKm
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","vehicle":{"colour":"red"}} | vehicle.colour
          /receipts | {"customerName":"a","carId":"1","mechanicId":{m},"estimatedHours":1,"request":"r","foo":1} | foo
          /receipts | {"customerName":"a" | body
          /receipts | [1,2] | body
          /receipts | {} {} | body
          /mechanics | {"name":"","dailyCapacityHours":8} | name
          /mechanics | {"name":"a","dailyCapacityHours":25} | dailyCapacityHours
          /mechanics | {"name":"a","dailyCapacityHours":-1} | dailyCapacityHours
          /mechanics | {"name":"a"} | dailyCapacityHours
          /vehicleParts | {"partId":"X-1","partPrice":1} | partName
          /vehicleParts | {"partName":"x","partPrice":1} | partId
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":1,"stock":-1} | stock
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":1,"stock":1.5} | stock
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":-5} | partPrice
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":"free"} | partPrice
          /vehicleParts | {"partId":"X-1","partName":"x"} | partPrice
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":1,"reorderPoint":-1} | reorderPoint
          /vehicleParts | {"partId":"X-1","partName":"x","partPrice":1,"stock":99999999999} | stock
          /vehicleParts/{p}/stockAdjustments | {"delta":0,"reason":"count"} | delta
          /vehicleParts/{p}/stockAdjustments | {"delta":5} | reason
          /users | {"username":"a","password":"password-1","role":"MANAGER"} | username
          /users | {"username":"new.user","password":"short","role":"MANAGER"} | password
          /users | {"username":"new.user","password":"password-1","role":"BOSS"} | role
          /users | {"username":"new.user","password":"new.user.2026","role":"MANAGER"} | password
          /users | {"username":"new.user","password":"Password123","role":"MANAGER"} | password
          /users | {"username":"new.user","password":"password-1","role":"MECHANIC"} | mechanicId
          /jobs/{j}/partRequests | {"vehiclePartId":{p},"quantity":0} | quantity
          /jobs/{j}/partRequests | {"quantity":1} | vehiclePartId
          /jobs/{j}/partRequests | {"vehiclePartId":999999,"quantity":1} | vehiclePartId
          /jobs/{j}/finish | {"laborHours":-2} | laborHours
          /invoices/{i}/payments | {"amount":0,"method":"CASH"} | amount
          /invoices/{i}/payments | {"amount":1,"method":"BITCOIN"} | method
          /invoices/{i}/payments | {"amount":1} | method
          /receipts/1/cancel | {} | reason
          /invoices/{i}/void | {"reason":""} | reason
          /invoices/{i}/void | {"reason":"x","refundMethod":"BITCOIN"} | refundMethod
          /receipts/1/reissueInvoice | {} | reason
          """)
    void rejectsBadInputNamingTheField(String path, String body, String field) {
        long eventsBefore = manager.lastSeq();
        String json = fill(body)
                .replace("\"@101\"", "\"" + "가".repeat(101) + "\"")
                .replace("\"@2001\"", "\"" + "x".repeat(2001) + "\"");
        Api.Res r = manager.post(fill(path), json);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("title").asText()).isNotBlank();
        assertThat(r.json().path("detail").asText()).isNotBlank();
        assertThat(r.errorFields()).as(r.toString()).contains(field);
        assertThat(manager.lastSeq()).as("nothing was written").isEqualTo(eventsBefore);
    }

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
          /receipts?limit=0 | limit
          /receipts?limit=501 | limit
          /receipts?limit=ten | limit
          /receipts?cursor=garbage | cursor
          /receipts?date=yesterday | date
          /receipts?status=DONE | status
          /receipts/abc | id
          /jobs?mechanicId=x | mechanicId
          /vehicleParts?lowStock=maybe | lowStock
          /events?since=-1 | since
          /mechanics/{m}/capacity?date=2026-02-30 | date
          """)
    void rejectsBadParametersNamingThem(String path, String field) {
        Api.Res r = manager.get(fill(path));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorFields()).contains(field);
    }

    @Test
    void acceptsNumbersSentAsStringsAsHttpieDoes() {
        Api.Res r = manager.post(
                "/vehicleParts",
                "{\"id\":\"1\",\"partId\":\"1\",\"partName\":\"테스트\",\"stock\":\"20\",\"partPrice\":\"10000\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("stock").asInt()).isEqualTo(20);
        assertThat(r.json().path("partPrice").asLong()).isEqualTo(10_000);
        assertThat(r.json().path("id").asLong()).isNotEqualTo(0);
    }

    @Test
    void refusesBodiesOverOneMebibyte() {
        String big = "{\"customerName\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        Api.Res r = manager.post("/receipts", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownRoutesAndMissingThingsAreProblemsToo() {
        Api.Res none = manager.get("/receipts/424242");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        Api.Res route = manager.get("/no/such/route");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void anInactiveMechanicTakesNoReceipts() {
        long m = Shop.mechanic(manager, "쉬는 정비사", "8");
        Api.Res current = manager.get("/mechanics/" + m);
        Api.Res off =
                manager.patch("/mechanics/" + m, "{\"active\":false}", Map.of("If-Match", current.header("ETag")));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        Api.Res r = Shop.receipt(manager, m, "1");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorFields()).containsExactly("mechanicId");
    }
}
