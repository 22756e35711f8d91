package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Receipt search: any 3+ characters of name, phone or car number; shorter ones start a name. */
class SearchTest {
    @TempDir
    Path dir;

    @Test
    void findsReceiptsByAnyPartOfNamePhoneOrCar() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long m = Shop.mechanic(manager, "김민수", "24");
            receipt(manager, m, "김민수", "010-5555-1212", "56다 1122");
            receipt(manager, m, "이민수", "010-7777-3434", "78라 5566");
            receipt(manager, m, "Sarah Kim", null, "33아 5678");
            assertThat(names(manager, "1212")).containsExactly("김민수");
            assertThat(names(manager, "5566")).containsExactly("이민수");
            assertThat(names(manager, "다 11")).containsExactly("김민수");
            assertThat(names(manager, "sarah")).containsExactly("Sarah Kim");
            assertThat(names(manager, "SARAH KIM")).containsExactly("Sarah Kim");
            // one or two letters (names from their start) in any case, newest first
            receipt(manager, m, "SAM OH", null, "33아 5679");
            for (String typed : new String[] {"s", "sa", "SA", "Sa", "sA"}) {
                assertThat(names(manager, typed)).as(typed).containsExactly("SAM OH", "Sarah Kim");
            }
            assertThat(names(manager, "sar")).containsExactly("Sarah Kim");
            // a text with no case (digits, Hangul): PostgreSQL matches it with LIKE, wildcards escaped
            assertThat(names(manager, "55%")).isEmpty();
            assertThat(names(manager, "1_1")).isEmpty();
            assertThat(names(manager, "010-")).hasSize(2);
            assertThat(names(manager, "김")).containsExactly("김민수");
            assertThat(names(manager, "이민")).containsExactly("이민수");
            assertThat(names(manager, "\"quoted\" 'odd' %_")).isEmpty();
            assertThat(names(manager, "no such thing")).isEmpty();
            // paging through search results by keyset
            for (int i = 0; i < 5; i++) {
                receipt(manager, m, "박보검", "010-4444-0000", "22사 33" + i + "4");
            }
            var first = manager.get("/receipts?q=4444&limit=3").json();
            assertThat(first.path("items")).hasSize(3);
            var second = manager.get("/receipts?q=4444&limit=3&cursor="
                            + first.path("nextCursor").asText())
                    .json();
            assertThat(second.path("items")).hasSize(2);
            assertThat(second.path("nextCursor").isNull()).isTrue();
        }
    }

    private static void receipt(Api api, long mechanic, String name, String phone, String car) {
        Api.Res r = api.post(
                "/receipts",
                phone == null
                        ? Api.obj(
                                "customerName",
                                name,
                                "carId",
                                car,
                                "mechanicId",
                                mechanic,
                                "estimatedHours",
                                "0.5",
                                "request",
                                "점검")
                        : Api.obj(
                                "customerName",
                                name,
                                "customerPhone",
                                phone,
                                "carId",
                                car,
                                "mechanicId",
                                mechanic,
                                "estimatedHours",
                                "0.5",
                                "request",
                                "점검"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static List<String> names(Api api, String q) {
        List<String> out = new ArrayList<>();
        api.get("/receipts?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .path("items")
                .forEach(r -> out.add(r.path("customerName").asText()));
        return out;
    }
}
