package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** {@code PATCH /receipts/{id}}: the counter's corrections, with the capacity checked again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptChangeTest {
    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    long mechanic;
    long other;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        mechanic = Shop.mechanic(boss, "김민수", "8");
        other = Shop.mechanic(boss, "이정비", "4");
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kim = Shop.user(boss, "kim", "MECHANIC", mechanic);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private Api.Res change(long id, Object body) {
        String version = counter.get("/receipts/" + id).json().path("version").asText();
        return counter.patch("/receipts/" + id, body, Map.of("If-Match", "\"" + version + "\""));
    }

    private double remaining(long mech) {
        return counter.get("/mechanics/" + mech + "/capacity")
                .json()
                .path("remainingHours")
                .asDouble();
    }

    @Test
    void moreHoursAreBookedWhenTheyFitAndRefusedWithTheHoursLeftWhenNot() {
        double before = remaining(mechanic);
        Api.Res r = Shop.receipt(counter, mechanic, "2");
        long seq = boss.lastSeq();
        Api.Res bigger = change(r.id(), obj("estimatedHours", "3", "promisedAt", "2026-12-01T09:00:00Z"));
        assertThat(bigger.status()).as(bigger.toString()).isEqualTo(200);
        assertThat(bigger.json().path("estimatedHours").asDouble()).isEqualTo(3.0);
        assertThat(bigger.json().path("promisedAt").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(remaining(mechanic)).isEqualTo(before - 3);
        JsonNode events = boss.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type"))
                .containsExactly("ManDayRestored", "ManDayDecreased", "ReceiptChanged");
        assertThat(events.get(2).path("data").path("changed").toString()).contains("estimatedHours", "promisedAt");

        // the receipt's own hours are not counted against it: 8 h in all fits, 9 does not
        double left = remaining(mechanic) + 3;
        Api.Res tooMuch = change(r.id(), obj("estimatedHours", String.valueOf(left + 1)));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        assertThat(tooMuch.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("remainingHours")
                        .asDouble())
                .isEqualTo(left);
        assertThat(boss.lastSeq()).as("nothing written").isEqualTo(seq + 3);
        assertThat(change(r.id(), obj("estimatedHours", String.valueOf(left))).status())
                .isEqualTo(200);
        assertThat(remaining(mechanic)).isZero();
        // the board follows a new name
        assertThat(change(r.id(), obj("customerName", "홍길순", "estimatedHours", "1"))
                        .status())
                .isEqualTo(200);
        assertThat(counter.get("/statusPages/" + r.id())
                        .json()
                        .path("customerName")
                        .asText())
                .isEqualTo("홍길순");
    }

    @Test
    void theMechanicAndDayMoveOnlyWhileWaitingAndTheCarStaysAsTaken() {
        Api.Res r = Shop.receipt(counter, mechanic, "1");
        double otherBefore = remaining(other);
        Api.Res moved = change(r.id(), obj("mechanicId", other));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("mechanicName").asText()).isEqualTo("이정비");
        assertThat(remaining(other)).isEqualTo(otherBefore - 1);
        long job = moved.json().path("jobId").asLong();
        assertThat(counter.get("/jobs/" + job).json().path("mechanicId").asLong())
                .isEqualTo(other);

        Api.Res car = change(r.id(), obj("carId", "99하 9999"));
        assertThat(car.status()).isEqualTo(400);
        assertThat(car.errorFields()).containsExactly("carId");

        Api.Res mine = Shop.receipt(counter, mechanic, "0.5");
        long myJob = mine.json().path("jobId").asLong();
        kim.post("/jobs/" + myJob + "/start", null);
        Api.Res late = change(mine.id(), obj("mechanicId", other));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.errorFields()).containsExactly("mechanicId");
        assertThat(change(mine.id(), obj("request", "엔진오일 교환 + 와이퍼")).status())
                .as("the request may still change")
                .isEqualTo(200);
        kim.post("/jobs/" + myJob + "/finish", null);
        assertThat(change(mine.id(), obj("request", "x")).status()).isEqualTo(409);
        assertThat(counter.patch("/receipts/" + mine.id(), obj("request", "y"), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(412);
        assertThat(counter.patch("/receipts/" + mine.id(), obj("request", "y"), Map.of())
                        .status())
                .isEqualTo(428);
        assertThat(kim.patch("/receipts/" + mine.id(), obj("request", "y"), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(403);
    }
}
