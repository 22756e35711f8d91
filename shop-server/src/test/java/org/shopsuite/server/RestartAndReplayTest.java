package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Nothing is lost across a restart, and a stream client that was away gets exactly what it missed. */
class RestartAndReplayTest {
    @TempDir
    Path dir;

    @Test
    void everythingSurvivesARestartAndSeqContinues() {
        long receiptId;
        long lastSeq;
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanicId = Shop.mechanic(manager, "최유나", "7.5");
            Shop.part(manager, "WB-600", "와이퍼 600mm", 12, 14_000);
            receiptId = Shop.receipt(manager, mechanicId, "2").id();
            lastSeq = manager.lastSeq();
        }
        try (TestServer again = new TestServer(dir)) {
            Api manager = Shop.admin(again);
            JsonNode receipt = manager.get("/receipts/" + receiptId).json();
            assertThat(receipt.path("status").asText()).isEqualTo("ACCEPTED");
            assertThat(receipt.path("customerName").asText()).isEqualTo("홍길동");
            assertThat(manager.get("/vehicleParts?q=와이퍼").json().path("items")).hasSize(1);
            assertThat(manager.get("/statusPages").json().path("items")).hasSize(1);
            assertThat(manager.lastSeq()).isEqualTo(lastSeq);

            long mechanicId = receipt.path("mechanicId").asLong();
            Shop.receipt(manager, mechanicId, "1");
            JsonNode events = manager.get("/events?since=" + lastSeq).json().path("items");
            assertThat(events.get(0).path("seq").asLong()).isEqualTo(lastSeq + 1);
            assertThat(events.get(0).path("type").asText()).isEqualTo("RepairRequested");
        }
    }

    @Test
    void aClientThatWasAwayResumesWithSinceAndGetsExactlyWhatItMissed() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanicId = Shop.mechanic(manager, "김민수", "24");
            long seen;
            try (EventClient first = EventClient.connect(manager, 0L)) {
                Shop.receipt(manager, mechanicId, "1");
                seen = manager.lastSeq();
                first.awaitSeq(seen, Duration.ofSeconds(5));
                assertThat(first.events()).hasSize((int) seen);
            }
            // While the client is away, more happens.
            for (int i = 0; i < 3; i++) {
                Shop.receipt(manager, mechanicId, "1");
            }
            long now = manager.lastSeq();
            try (EventClient back = EventClient.connectWithQueryToken(manager, seen)) {
                back.awaitSeq(now, Duration.ofSeconds(5));
                Thread.sleep(200);
                List<JsonNode> missed = back.events();
                assertThat(missed).hasSize((int) (now - seen));
                assertThat(missed.get(0).path("seq").asLong()).isEqualTo(seen + 1);
                // ...and then follows live.
                Shop.receipt(manager, mechanicId, "1");
                back.awaitSeq(manager.lastSeq(), Duration.ofSeconds(5));
                for (int i = 1; i < back.events().size(); i++) {
                    assertThat(back.events().get(i).path("seq").asLong())
                            .isEqualTo(back.events().get(i - 1).path("seq").asLong() + 1);
                }
            }
        }
    }

    @Test
    void theStreamRefusesAnUpgradeWithoutAValidToken() {
        try (TestServer server = new TestServer(dir)) {
            Api anonymous = server.api();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventClient.connect(anonymous, 0L))
                    .rootCause()
                    .hasMessageContaining("401");
            Api bogus = anonymous.withToken("not-a-token");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventClient.connectWithQueryToken(bogus, 0L))
                    .rootCause()
                    .hasMessageContaining("401");
        }
    }

    @Test
    void aClientWithoutSinceGetsOnlyNewEvents() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanicId = Shop.mechanic(manager, "김민수", "24");
            long before = manager.lastSeq();
            try (EventClient live = EventClient.connect(manager, null)) {
                Thread.sleep(300);
                manager.post("/receipts/999/cancel", obj("reason", "none"));
                Shop.receipt(manager, mechanicId, "1");
                live.awaitSeq(manager.lastSeq(), Duration.ofSeconds(5));
                assertThat(live.events().get(0).path("seq").asLong()).isEqualTo(before + 1);
            }
        }
    }
}
