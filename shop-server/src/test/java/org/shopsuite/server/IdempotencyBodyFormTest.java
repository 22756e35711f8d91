package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * An Idempotency-Key repeat is the same request when its JSON means the same: whitespace and the
 * order of an object's keys do not matter; any other difference, numbers written otherwise
 * ({@code 1} and {@code 1.0}) included, is another request (422).
 */
class IdempotencyBodyFormTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    long mechanicId;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        mechanicId = Shop.mechanic(manager, "김민수", "8");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String compact(String hours) {
        return "{\"customerName\":\"홍길동\",\"carId\":\"12가 3456\",\"vehicle\":{\"make\":\"Hyundai\","
                + "\"model\":\"Sonata\",\"year\":2019},\"mechanicId\":" + mechanicId
                + ",\"estimatedHours\":" + hours + ",\"request\":\"오일 교환\"}";
    }

    /** The same JSON value as {@link #compact}, pretty-printed, every object's keys in another order. */
    private String reformatted(String hours) {
        return "{\n  \"request\" : \"오일 교환\",\n  \"estimatedHours\" : " + hours + ",\n"
                + "  \"vehicle\" : {\"year\": 2019, \"model\": \"Sonata\",\t\"make\": \"Hyundai\"},\r\n"
                + "  \"mechanicId\" : " + mechanicId + ", \"carId\" : \"12가 3456\",\n"
                + "  \"customerName\" : \"홍길동\"\n}\n";
    }

    private int receipts() {
        return manager.get("/receipts").json().path("items").size();
    }

    @Test
    void whitespaceAndKeyOrderDoNotMakeAnotherRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", "form-1");
        Api.Res first = manager.post("/receipts", compact("2"), key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Res again = manager.post("/receipts", reformatted("2"), key);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(receipts()).isEqualTo(1);

        // ...and the other way round: the first request pretty, the repeat compact.
        Map<String, String> key2 = Map.of("Idempotency-Key", "form-2");
        Api.Res pretty = manager.post("/receipts", reformatted("1.5"), key2);
        assertThat(pretty.status()).isEqualTo(201);
        assertThat(manager.post("/receipts", compact("1.5"), key2).body()).isEqualTo(pretty.body());
        assertThat(receipts()).isEqualTo(2);
    }

    @Test
    void anotherValueIsStillAnotherRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", "form-3");
        assertThat(manager.post("/receipts", compact("2"), key).status()).isEqualTo(201);
        Api.Res other = manager.post("/receipts", reformatted("3"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.errorFields()).containsExactly("Idempotency-Key");
        // Numbers compare as written: 2 and 2.0 mean the same hours, but are not the same body.
        assertThat(manager.post("/receipts", compact("2.0"), key).status()).isEqualTo(422);
        // A string is not a number, even where the server reads both.
        assertThat(manager.post("/receipts", compact("\"2\""), key).status()).isEqualTo(422);
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void otherRoutesToo_andTheSameBodyOnAnotherPathIsAnotherRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", "form-4");
        Api.Res first = manager.post("/mechanics", "{\"name\":\"이서준\",\"dailyCapacityHours\":8}", key);
        assertThat(first.status()).isEqualTo(201);
        Api.Res again = manager.post("/mechanics", "{ \"dailyCapacityHours\": 8, \"name\": \"이서준\" }", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(manager.get("/mechanics").json().path("items").size())
                .as("the one of setUp and this one")
                .isEqualTo(2);
        Api.Res elsewhere = manager.post("/vehicleParts", "{\"name\":\"이서준\",\"dailyCapacityHours\":8}", key);
        assertThat(elsewhere.status()).isIn(400, 422);
        Api.Res otherPath = manager.post(
                "/vehicleParts", "{\"partId\":\"P-1\",\"partName\":\"필터\",\"stock\":1,\"partPrice\":1000}", key);
        assertThat(otherPath.status()).isEqualTo(422);
    }

    /**
     * A key stored before the upgrade holds the hash of the request's exact bytes (method, path,
     * body). It still matches a repeat of those bytes; a repeat written otherwise gets 422, as it
     * did then (such keys are gone after seven days).
     */
    @Tag("sqlite") // a key written by a released SQLite server
    @Test
    void aKeyStoredBeforeTheUpgradeStillMatchesTheSameBytes() throws Exception {
        long userId = manager.get("/me").json().path("user").path("id").asLong();
        String body = compact("2");
        String stored = "{\"id\":99,\"stored\":\"before the upgrade\",\"version\":1}";
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
                var s = c.prepareStatement("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status,"
                        + " body, created_at) VALUES (?, ?, ?, 201, ?, ?)")) {
            s.setLong(1, userId);
            s.setString(2, "old-1");
            s.setString(3, legacyHash("POST", "/receipts", body));
            s.setString(4, stored);
            s.setString(5, Instant.now().toString());
            s.executeUpdate();
        }
        Map<String, String> key = Map.of("Idempotency-Key", "old-1");
        Api.Res again = manager.post("/receipts", body, key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(stored);
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
        assertThat(manager.post("/receipts", compact("3"), key).status()).isEqualTo(422);
        assertThat(receipts()).isZero();
    }

    /** The request hash as servers before this change computed it: the body's bytes as sent. */
    private static String legacyHash(String method, String path, String body) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(method.getBytes(StandardCharsets.UTF_8));
        md.update((byte) ' ');
        md.update(path.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
