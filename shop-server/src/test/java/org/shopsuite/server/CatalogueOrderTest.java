package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Catalogues (users, mechanics, parts) are listed in name order with the id as a tie-break, and
 * paging through them with small pages yields each entry exactly once, in that order.
 */
class CatalogueOrderTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** Every item of a list, paging with {@code limit}, as "field" values in the order served. */
    private List<String> all(String path, int limit, String field) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Api.Res r = manager.get(path + sep + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode page = r.json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(limit);
            page.path("items")
                    .forEach(i ->
                            out.add(i.path(field).asText() + "#" + i.path("id").asLong()));
            cursor = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asText();
            assertThat(++pages).as("pages of %s", path).isLessThan(100);
        } while (cursor != null);
        return out;
    }

    @Test
    void mechanicsComeInNameOrderThenIdAcrossPages() {
        long choi = Shop.mechanic(manager, "최유나", "8");
        long kim = Shop.mechanic(manager, "김민수", "8");
        long park = Shop.mechanic(manager, "박지훈", "8");
        long kim2 = Shop.mechanic(manager, "김민수", "6");
        long lee = Shop.mechanic(manager, "이서준", "8");
        long anna = Shop.mechanic(manager, "Anna", "8");
        // Code point order (SQLite's BINARY collation): Latin before Hangul, 가나다 within Hangul.
        List<String> expected =
                List.of("Anna#" + anna, "김민수#" + kim, "김민수#" + kim2, "박지훈#" + park, "이서준#" + lee, "최유나#" + choi);
        for (int limit : new int[] {1, 2, 4, 50}) {
            assertThat(all("/mechanics", limit, "name")).as("limit %s", limit).isEqualTo(expected);
        }
        assertThat(all("/mechanics?active=true", 2, "name")).isEqualTo(expected);
    }

    @Test
    void usersComeInUsernameOrderIgnoringCase() {
        long m = Shop.mechanic(manager, "김민수", "8");
        Shop.user(manager, "park", "MECHANIC", m);
        Shop.user(manager, "Counter", "RECEPTIONIST", null);
        Shop.user(manager, "kim", "MECHANIC", m);
        Shop.user(manager, "bora", "RECEPTIONIST", null);
        List<String> names = all("/users", 2, "username").stream()
                .map(s -> s.substring(0, s.indexOf('#')))
                .toList();
        assertThat(names).containsExactly("admin", "bora", "Counter", "kim", "park");
        assertThat(all("/users", 1, "username")).isEqualTo(all("/users", 50, "username"));
    }

    @Test
    void partsComeInNameOrderThenIdAcrossPagesAndFilters() {
        long z = Shop.part(manager, "P-1", "타이어 205/55R16 (Tyre 205/55R16)", 8, 98_000);
        long a = Shop.part(manager, "P-2", "엔진오일 5W-30 4L (Engine oil 5W-30 4L)", 1, 48_000);
        long b = Shop.part(manager, "P-3", "브레이크 패드", 2, 55_000);
        long c = Shop.part(manager, "P-4", "브레이크 패드", 30, 55_000);
        long d = Shop.part(manager, "P-5", "Air filter", 0, 12_000);
        List<String> expected = List.of(
                "Air filter#" + d,
                "브레이크 패드#" + b,
                "브레이크 패드#" + c,
                "엔진오일 5W-30 4L (Engine oil 5W-30 4L)#" + a,
                "타이어 205/55R16 (Tyre 205/55R16)#" + z);
        for (int limit : new int[] {1, 2, 3, 50}) {
            assertThat(all("/vehicleParts", limit, "partName"))
                    .as("limit %s", limit)
                    .isEqualTo(expected);
        }
        assertThat(all("/vehicleParts?q=브레이크", 1, "partName")).containsExactly("브레이크 패드#" + b, "브레이크 패드#" + c);
        // whatever the case typed, on both databases: "air" finds "Air filter", "p-5" finds P-5
        assertThat(all("/vehicleParts?q=AIR", 1, "partName")).containsExactly("Air filter#" + d);
        assertThat(all("/vehicleParts?q=p-5", 1, "partName")).containsExactly("Air filter#" + d);
        // lowStock: stock <= reorderPoint (0 by default): only the empty one
        assertThat(all("/vehicleParts?lowStock=true", 1, "partName")).containsExactly("Air filter#" + d);
    }

    @Test
    void aRenameMovesTheEntryAndPagingStaysExact() {
        long a = Shop.mechanic(manager, "가나", "8");
        long b = Shop.mechanic(manager, "다라", "8");
        long c = Shop.mechanic(manager, "마바", "8");
        Api.Res first = manager.get("/mechanics?limit=1");
        assertThat(first.json().path("items").get(0).path("id").asLong()).isEqualTo(a);
        String cursor = first.json().path("nextCursor").asText();
        // The first entry moves to the end while a client pages: the next page still starts after "가나".
        Api.Res renamed = manager.patch("/mechanics/" + a, obj("name", "하나"), java.util.Map.of("If-Match", "\"1\""));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        List<Long> rest = new ArrayList<>();
        manager.get("/mechanics?limit=50&cursor=" + cursor)
                .json()
                .path("items")
                .forEach(i -> rest.add(i.path("id").asLong()));
        assertThat(rest).containsExactly(b, c, a);
    }

    @Test
    void aCursorOfAnotherKindIsRefused() {
        Shop.mechanic(manager, "가나", "8");
        Api.Res r = manager.get("/mechanics?cursor=bogus");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("cursor");
    }
}
