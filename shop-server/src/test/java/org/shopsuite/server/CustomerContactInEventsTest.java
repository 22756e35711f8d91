package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * A customer's phone is never sent to a mechanic: not in GET /events, not on the live stream, not
 * when the stream replays from the database. The counter sees it; names and plates stay visible.
 */
class CustomerContactInEventsTest {
    @TempDir
    Path dir;

    @Test
    void aMechanicGetsRepairRequestsWithoutThePhoneTheCounterSees() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api admin = Shop.admin(server);
            long kim = Shop.mechanic(admin, "김민수", "8");
            Api counter = Shop.user(admin, "counter", "RECEPTIONIST", null);
            Api mechanic = Shop.user(admin, "kim", "MECHANIC", kim);
            long before = counter.lastSeq();
            try (EventClient counterLive = EventClient.connect(counter, before);
                    EventClient mechanicLive = EventClient.connect(mechanic, before)) {
                Api.Res r = Shop.receipt(counter, kim, "1");
                assertThat(r.status()).isEqualTo(201);
                long seq = counter.lastSeq();
                counterLive.awaitSeq(seq, Duration.ofSeconds(5));
                mechanicLive.awaitSeq(seq, Duration.ofSeconds(5));
                assertThat(phoneIn(counterLive)).isEqualTo("010-1234-5678");
                assertThat(phoneIn(mechanicLive)).isNull();
                assertThat(nameIn(mechanicLive)).isEqualTo("홍길동");
            }
            // read back from the database: GET /events and a stream that replays
            assertThat(repairRequested(counter.get("/events?since=" + before).json())
                            .path("customerPhone")
                            .asText())
                    .isEqualTo("010-1234-5678");
            JsonNode seen =
                    repairRequested(mechanic.get("/events?since=" + before).json());
            assertThat(seen.path("customerPhone").isNull()).isTrue();
            assertThat(seen.path("carId").asText()).isEqualTo("12가 3456");
            try (EventClient replay = EventClient.connect(mechanic, before)) {
                replay.awaitSeq(counter.lastSeq(), Duration.ofSeconds(5));
                assertThat(phoneIn(replay)).isNull();
            }
        }
    }

    private static JsonNode repairRequested(JsonNode page) {
        for (JsonNode e : page.path("items")) {
            if (e.path("type").asText().equals("RepairRequested")) {
                return e.path("data");
            }
        }
        throw new AssertionError("no RepairRequested in " + page);
    }

    private static String phoneIn(EventClient client) {
        for (JsonNode e : client.events()) {
            if (e.path("type").asText().equals("RepairRequested")) {
                JsonNode phone = e.path("data").path("customerPhone");
                return phone.isNull() ? null : phone.asText();
            }
        }
        throw new AssertionError("no RepairRequested on the stream");
    }

    private static String nameIn(EventClient client) {
        for (JsonNode e : client.events()) {
            if (e.path("type").asText().equals("RepairRequested")) {
                return e.path("data").path("customerName").asText();
            }
        }
        throw new AssertionError("no RepairRequested on the stream");
    }
}
