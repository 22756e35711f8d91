package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Users at several locations (issue 22): a role at each, a session bound to one location (chosen
 * at sign-in, optional for one location), moved with POST /auth/switchLocation, ended where the
 * user no longer works.
 */
class LocationUsersTest {
    @TempDir
    Path dir;

    private static ArrayNode at(Object... locationAndRole) {
        ArrayNode a = Api.JSON.createArrayNode();
        for (int i = 0; i < locationAndRole.length; i += 2) {
            a.add(obj("locationId", locationAndRole[i], "role", locationAndRole[i + 1]));
        }
        return a;
    }

    private static Api.Res login(Api anonymous, String username, Object locationId) {
        return anonymous.post(
                "/auth/login",
                locationId == null
                        ? obj("username", username, "password", "password-1")
                        : obj("username", username, "password", "password-1", "locationId", locationId));
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asLong()));
        return out;
    }

    @Test
    void aUserWorksAtSeveralLocationsWithARoleAtEachAndTheSessionWorksAtOne() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            JsonNode me = manager.get("/me").json();
            assertThat(me.path("locationId").asLong())
                    .as("one location: none to choose")
                    .isEqualTo(1);
            assertThat(me.path("role").asText()).isEqualTo("MANAGER");
            assertThat(ids(me.path("user").path("locations"), "locationId")).containsExactly(1L);
            long gangnam = manager.post(
                            "/locations", obj("name", "강남점", "invoicePrefix", "INV-GN", "timezone", "Asia/Seoul"))
                    .id();

            long seq = manager.lastSeq();
            Api.Res created = manager.post(
                    "/users",
                    obj(
                            "username", "kim.gn",
                            "password", "password-1",
                            "locations", at(gangnam, "MANAGER", 1, "RECEPTIONIST")));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long kim = created.id();
            assertThat(created.json().path("role").asText())
                    .as("the role at the first location")
                    .isEqualTo("RECEPTIONIST");
            assertThat(ids(created.json().path("locations"), "locationId")).containsExactly(1L, gangnam);
            JsonNode event =
                    manager.get("/events?since=" + seq).json().path("items").get(0);
            assertThat(event.path("type").asText()).isEqualTo("UserCreated");
            assertThat(ids(event.path("data").path("locations"), "locationId")).containsExactly(1L, gangnam);

            // several locations: the sign-in says which, and the answer offers them
            Api anonymous = manager.anonymous();
            Api.Res which = login(anonymous, "kim.gn", null);
            assertThat(which.status()).as(which.toString()).isEqualTo(400);
            assertThat(which.errorFields()).containsExactly("locationId");
            JsonNode params = which.json().path("errors").get(0).path("params");
            assertThat(ids(params.path("locationIds"), "")).hasSize(2);
            assertThat(params.path("locations").get(1).path("name").asText()).isEqualTo("강남점");
            Api.Res notTheirs = login(anonymous, "kim.gn", 99);
            assertThat(notTheirs.status()).isEqualTo(400);
            assertThat(notTheirs.errorFields()).containsExactly("locationId");
            Api.Res wrongPassword = anonymous.post(
                    "/auth/login", obj("username", "kim.gn", "password", "wrong-pass-1", "locationId", 1));
            assertThat(wrongPassword.status())
                    .as("the locations only after the password")
                    .isEqualTo(401);
            assertThat(wrongPassword.body()).doesNotContain("강남점");

            Api.Res atDesk = login(anonymous, "kim.gn", 1);
            assertThat(atDesk.status()).isEqualTo(200);
            assertThat(atDesk.json().path("locationId").asLong()).isEqualTo(1);
            assertThat(atDesk.json().path("role").asText()).isEqualTo("RECEPTIONIST");
            Api desk = anonymous.withToken(atDesk.json().path("token").asText());
            assertThat(desk.get("/users").status()).as("a receptionist here").isEqualTo(403);
            assertThat(desk.get("/receipts").status()).isEqualTo(200);

            Api.Res atGangnam = login(anonymous, "kim.gn", gangnam);
            assertThat(atGangnam.json().path("role").asText()).isEqualTo("MANAGER");
            Api boss = anonymous.withToken(atGangnam.json().path("token").asText());
            assertThat(boss.get("/users").status()).as("a manager there").isEqualTo(200);

            // the same token moves
            Api.Res moved = desk.post("/auth/switchLocation", obj("locationId", gangnam));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(moved.json().path("role").asText()).isEqualTo("MANAGER");
            assertThat(moved.body()).doesNotContain("token");
            assertThat(desk.get("/users").status()).isEqualTo(200);
            Api.Res nowhere = desk.post("/auth/switchLocation", obj("locationId", 99));
            assertThat(nowhere.status()).isEqualTo(400);
            assertThat(nowhere.errorFields()).containsExactly("locationId");
            assertThat(desk.post("/auth/switchLocation", obj()).errorFields()).containsExactly("locationId");
            assertThat(desk.get("/me").json().path("locationId").asLong()).isEqualTo(gangnam);

            // taken off a location: its sessions there end, the others go on
            Api.Res off = manager.patch(
                    "/users/" + kim,
                    obj("locations", at(1, "RECEPTIONIST")),
                    Map.of("If-Match", manager.get("/users/" + kim).header("ETag")));
            assertThat(off.status()).as(off.toString()).isEqualTo(200);
            assertThat(boss.get("/me").status()).isEqualTo(401);
            assertThat(desk.get("/me").status()).as("moved to Gangnam too").isEqualTo(401);
            Api.Res again = login(anonymous, "kim.gn", null);
            assertThat(again.status()).as("one location again: none to choose").isEqualTo(200);
            assertThat(again.json().path("role").asText()).isEqualTo("RECEPTIONIST");

            // a new role alone is the role at each location
            manager.patch(
                    "/users/" + kim,
                    obj("locations", at(1, "RECEPTIONIST", gangnam, "RECEPTIONIST")),
                    Map.of("If-Match", manager.get("/users/" + kim).header("ETag")));
            Api.Res promoted = manager.patch(
                    "/users/" + kim,
                    obj("role", "MANAGER"),
                    Map.of("If-Match", manager.get("/users/" + kim).header("ETag")));
            assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
            promoted.json()
                    .path("locations")
                    .forEach(l -> assertThat(l.path("role").asText()).isEqualTo("MANAGER"));

            server.stop();
            server.start();
            Api after = server.api();
            Api.Res back = login(after, "kim.gn", gangnam);
            assertThat(back.status()).isEqualTo(200);
            assertThat(back.json().path("role").asText()).isEqualTo("MANAGER");
        }
    }

    @Test
    void badLocationsAreRefusedNamingTheFieldAndAManagerKeepsTheirOwnRoleWhereTheyWork() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long before = manager.lastSeq();
            Api.Res empty = manager.post("/users", obj("username", "lee", "password", "password-1", "locations", at()));
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.errorFields()).containsExactly("locations");
            Api.Res missing = manager.post(
                    "/users", obj("username", "lee", "password", "password-1", "locations", at(99, "MANAGER")));
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.errorFields()).containsExactly("locations[0].locationId");
            Api.Res twice = manager.post(
                    "/users",
                    obj("username", "lee", "password", "password-1", "locations", at(1, "MANAGER", 1, "RECEPTIONIST")));
            assertThat(twice.status()).isEqualTo(400);
            assertThat(twice.errorFields()).containsExactly("locations[1].locationId");
            ArrayNode noRole = Api.JSON.createArrayNode();
            noRole.add(obj("locationId", 1));
            Api.Res role =
                    manager.post("/users", obj("username", "lee", "password", "password-1", "locations", noRole));
            assertThat(role.errorFields()).containsExactly("locations[0].role");
            Api.Res mechanic = manager.post(
                    "/users", obj("username", "lee", "password", "password-1", "locations", at(1, "MECHANIC")));
            assertThat(mechanic.status()).isEqualTo(400);
            assertThat(mechanic.errorFields()).containsExactly("mechanicId");
            Api.Res both =
                    manager.post("/users", obj("username", "lee", "password", "short", "locations", at(1, "MECHANIC")));
            assertThat(both.errorFields())
                    .as("every fault at once, the locations' role too")
                    .containsExactlyInAnyOrder("password", "mechanicId");
            assertThat(manager.lastSeq()).as("nothing written").isEqualTo(before);

            long gangnam = manager.post(
                            "/locations", obj("name", "강남점", "invoicePrefix", "INV-GN", "timezone", "Asia/Seoul"))
                    .id();
            long self = manager.get("/me").json().path("user").path("id").asLong();
            Api.Res demote = manager.patch(
                    "/users/" + self,
                    obj("locations", at(1, "RECEPTIONIST", gangnam, "MANAGER")),
                    Map.of("If-Match", manager.get("/users/" + self).header("ETag")));
            assertThat(demote.status()).as(demote.toString()).isEqualTo(409);
            assertThat(demote.errorFields()).containsExactly("locations");
            Api.Res widen = manager.patch(
                    "/users/" + self,
                    obj("locations", at(1, "MANAGER", gangnam, "RECEPTIONIST")),
                    Map.of("If-Match", manager.get("/users/" + self).header("ETag")));
            assertThat(widen.status()).as(widen.toString()).isEqualTo(200);
            assertThat(manager.get("/me").status())
                    .as("still a manager where the session works")
                    .isEqualTo(200);
        }
    }
}
