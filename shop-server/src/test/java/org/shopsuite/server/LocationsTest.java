package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * The chain's locations (issue 22): the shop is location 1 and its details are the shop settings'
 * both ways; more locations are added and changed by a manager, each with its own invoice prefix.
 */
class LocationsTest {
    @TempDir
    Path dir;

    private static Map<String, String> ifMatch(Api.Res current) {
        return Map.of("If-Match", current.header("ETag"));
    }

    private static List<String> types(Api api, long since) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : api.get("/events?since=" + since).json().path("items")) {
            out.add(e.path("type").asText());
        }
        return out;
    }

    @Test
    void theShopIsLocationOneAndItsDetailsAreTheSettingsBothWays() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            JsonNode all = manager.get("/locations").json().path("items");
            assertThat(all).hasSize(1);
            JsonNode first = all.get(0);
            assertThat(first.path("id").asLong()).isEqualTo(1);
            assertThat(first.path("name").asText()).isEqualTo("My Repair Shop");
            assertThat(first.path("invoicePrefix").asText()).isEqualTo("INV");
            assertThat(first.path("timezone").asText()).isEqualTo("Asia/Seoul");

            long seq = manager.lastSeq();
            Api.Res shop = manager.get("/shop");
            Api.Res put = manager.put(
                    "/shop",
                    obj(
                            "name", "한빛 정비소",
                            "address", "서울 마포구 월드컵로 125",
                            "phone", "02-123-4567",
                            "businessRegistrationNumber", "123-45-67891",
                            "currency", "KRW",
                            "laborRatePerHour", 66_000,
                            "taxRatePercent", 10,
                            "timezone", "Asia/Tokyo",
                            "invoicePrefix", "HB"),
                    ifMatch(shop));
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            JsonNode one = manager.get("/locations/1").json();
            assertThat(one.path("address").asText()).isEqualTo("서울 마포구 월드컵로 125");
            assertThat(one.path("phone").asText()).isEqualTo("02-123-4567");
            assertThat(one.path("businessRegistrationNumber").asText()).isEqualTo("123-45-67891");
            assertThat(one.path("invoicePrefix").asText()).isEqualTo("HB");
            assertThat(one.path("timezone").asText()).isEqualTo("Asia/Tokyo");
            assertThat(one.path("name").asText())
                    .as("named as the shop, it follows the shop's name")
                    .isEqualTo("한빛 정비소");
            assertThat(types(manager, seq)).containsExactly("LocationUpdated", "ShopUpdated");

            seq = manager.lastSeq();
            Api.Res patch = manager.patch(
                    "/locations/1",
                    obj("name", "한빛 정비소 본점", "address", "서울 마포구 월드컵로 1", "businessRegistrationNumber", ""),
                    ifMatch(manager.get("/locations/1")));
            assertThat(patch.status()).as(patch.toString()).isEqualTo(200);
            assertThat(patch.json().path("businessRegistrationNumber").isNull()).isTrue();
            assertThat(patch.json().path("invoicePrefix").asText())
                    .as("left out: kept")
                    .isEqualTo("HB");
            JsonNode settings = manager.get("/shop").json();
            assertThat(settings.path("address").asText()).isEqualTo("서울 마포구 월드컵로 1");
            assertThat(settings.path("businessRegistrationNumber").isNull()).isTrue();
            assertThat(settings.path("name").asText()).isEqualTo("한빛 정비소");
            assertThat(settings.path("version").asLong())
                    .isEqualTo(shop.json().path("version").asLong() + 2);
            assertThat(types(manager, seq)).containsExactly("LocationUpdated", "ShopUpdated");
            JsonNode renamed = settings.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) renamed).put("name", "한빛 모터스");
            assertThat(manager.put("/shop", renamed, ifMatch(manager.get("/shop")))
                            .status())
                    .isEqualTo(200);
            assertThat(manager.get("/locations/1").json().path("name").asText())
                    .as("renamed apart from the chain, the location keeps its own name")
                    .isEqualTo("한빛 정비소 본점");

            Api.Res stale = manager.put("/shop", shop.json(), ifMatch(shop));
            assertThat(stale.status())
                    .as("the settings' version moved with location 1")
                    .isEqualTo(412);
        }
    }

    @Test
    void aManagerAddsAndChangesLocationsEachWithItsOwnInvoicePrefixAndTheyOutliveARestart() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long seq = manager.lastSeq();
            Map<String, String> key = Map.of("Idempotency-Key", "add-gangnam");
            var body = obj(
                    "name", "한빛 정비소 강남점",
                    "address", "서울 강남구 테헤란로 1",
                    "invoicePrefix", "INV-GN",
                    "timezone", "Asia/Seoul");
            Api.Res created = manager.post("/locations", body, key);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.id();
            assertThat(id).isEqualTo(2);
            assertThat(created.json().path("version").asLong()).isEqualTo(1);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            Api.Res again = manager.post("/locations", body, key);
            assertThat(again.status()).as("the same key answers the same").isEqualTo(201);
            assertThat(again.id()).isEqualTo(id);
            assertThat(types(manager, seq)).containsExactly("LocationCreated");
            JsonNode event =
                    manager.get("/events?since=" + seq).json().path("items").get(0);
            assertThat(event.path("data").path("locationId").asLong()).isEqualTo(id);
            assertThat(event.path("data").path("invoicePrefix").asText()).isEqualTo("INV-GN");

            // every location numbers its invoices with its own prefix, whatever the case
            Api.Res taken =
                    manager.post("/locations", obj("name", "부산점", "invoicePrefix", "inv-gn", "timezone", "Asia/Seoul"));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
            assertThat(taken.errorFields()).containsExactly("invoicePrefix");
            Api.Res takenByShop = manager.put(
                    "/shop",
                    obj(
                            "name",
                            "한빛 정비소",
                            "currency",
                            "KRW",
                            "laborRatePerHour",
                            60_000,
                            "taxRatePercent",
                            10,
                            "timezone",
                            "Asia/Seoul",
                            "invoicePrefix",
                            "Inv-Gn"),
                    ifMatch(manager.get("/shop")));
            assertThat(takenByShop.status()).as(takenByShop.toString()).isEqualTo(409);
            assertThat(manager.get("/shop").json().path("invoicePrefix").asText())
                    .isEqualTo("INV");
            Api.Res takenByPatch =
                    manager.patch("/locations/1", obj("invoicePrefix", "INV-GN"), ifMatch(manager.get("/locations/1")));
            assertThat(takenByPatch.status()).isEqualTo(409);
            Api.Res ownPrefix = manager.patch(
                    "/locations/" + id, obj("invoicePrefix", "INV-gn"), ifMatch(manager.get("/locations/" + id)));
            assertThat(ownPrefix.status())
                    .as("its own prefix in another case: " + ownPrefix)
                    .isEqualTo(200);

            // bad input: 400 naming each field, nothing written
            long before = manager.lastSeq();
            Api.Res empty = manager.post("/locations", obj());
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.errorFields()).contains("name", "invoicePrefix", "timezone");
            Api.Res bad = manager.post(
                    "/locations",
                    obj(
                            "name", "부산점",
                            "invoicePrefix", "INV GN!",
                            "timezone", "Mars/Olympus",
                            "businessRegistrationNumber", "123-45-67890",
                            "phone", "call me"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.errorFields())
                    .containsExactlyInAnyOrder("invoicePrefix", "timezone", "businessRegistrationNumber", "phone");
            assertThat(manager.lastSeq()).isEqualTo(before);

            // a change needs If-Match, and the current version
            assertThat(manager.patch("/locations/" + id, obj("phone", "02-555-0101"), Map.of())
                            .status())
                    .isEqualTo(428);
            assertThat(manager.patch("/locations/" + id, obj("phone", "02-555-0101"), Map.of("If-Match", "\"1\""))
                            .status())
                    .isEqualTo(412);
            Api.Res phone = manager.patch(
                    "/locations/" + id, obj("phone", "02-555-0101"), ifMatch(manager.get("/locations/" + id)));
            assertThat(phone.status()).isEqualTo(200);
            assertThat(phone.json().path("address").asText()).isEqualTo("서울 강남구 테헤란로 1");
            assertThat(manager.get("/shop").json().path("phone").asText())
                    .as("only location 1 is the shop settings'")
                    .isEmpty();
            assertThat(manager.get("/locations/99").status()).isEqualTo(404);

            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            assertThat(counter.get("/locations").json().path("items")).hasSize(2);
            assertThat(counter.post("/locations", body).status()).isEqualTo(403);

            server.stop();
            server.start();
            Api again2 = server.api().as("admin", TestServer.ADMIN_PASSWORD);
            JsonNode after = again2.get("/locations").json().path("items");
            assertThat(after).hasSize(2);
            assertThat(after.get(1).path("name").asText()).isEqualTo("한빛 정비소 강남점");
            assertThat(after.get(1).path("phone").asText()).isEqualTo("02-555-0101");
            assertThat(after.get(1).path("version").asLong()).isEqualTo(3);
        }
    }
}
