package org.shopsuite.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.model.ReceiptInput;

class EventStreamTest {
    @TempDir
    Path dir;

    @Test
    void followsLiveEventsAndResumesAfterTheServerRestarts() throws Exception {
        try (ServerFixture server = new ServerFixture(dir)) {
            ShopClient client = new ShopClient(server.url());
            client.login("counter", ServerFixture.PASSWORD);
            List<Event> seen = new CopyOnWriteArrayList<>();
            List<EventStream.State> states = new CopyOnWriteArrayList<>();
            long start = client.lastSeq();
            try (EventStream stream = new EventStream(client.base(), client::token, start, seen::add, states::add)) {
                stream.start();
                long id = client.createReceipt(receipt(), ShopClient.newIdempotencyKey())
                        .id();
                await(() -> seen.stream().anyMatch(e -> e.receiptId() != null && e.receiptId() == id));
                assertThat(states).contains(EventStream.State.CONNECTED);

                server.stop();
                await(() -> states.get(states.size() - 1) != EventStream.State.CONNECTED);
                server.start();
                // Something happens before the stream is back: it must still arrive, once.
                ShopClient again = new ShopClient(server.url());
                again.login("counter", ServerFixture.PASSWORD);
                long id2 = again.createReceipt(receipt(), ShopClient.newIdempotencyKey())
                        .id();
                await(() -> seen.stream().anyMatch(e -> e.receiptId() != null && e.receiptId() == id2));
                assertThat(states.get(states.size() - 1)).isEqualTo(EventStream.State.CONNECTED);
                for (int i = 0; i < seen.size(); i++) {
                    assertThat(seen.get(i).seq()).isEqualTo(start + i + 1);
                }
                assertThat(seen.stream().filter(e -> e.type() == EventType.RepairRequested))
                        .hasSize(2);
            }
        }
    }

    @Test
    void aSessionEndedByTheServerStopsTheStreamInsteadOfRetrying() throws Exception {
        try (ServerFixture server = new ServerFixture(dir)) {
            ShopClient client = new ShopClient(server.url());
            client.login("counter", ServerFixture.PASSWORD);
            List<EventStream.State> states = new CopyOnWriteArrayList<>();
            try (EventStream stream =
                    new EventStream(client.base(), client::token, client.lastSeq(), e -> {}, states::add)) {
                stream.start();
                await(() -> states.contains(EventStream.State.CONNECTED));
                client.logout();
                await(() -> states.contains(EventStream.State.ENDED));
                Thread.sleep(1500);
                assertThat(states.get(states.size() - 1)).isEqualTo(EventStream.State.ENDED);
                assertThat(states).doesNotContain(EventStream.State.RECONNECTING);
            }
            // and a stream started with a dead token ends at once
            List<EventStream.State> later = new CopyOnWriteArrayList<>();
            try (EventStream stream = new EventStream(client.base(), () -> "dead-token", 0, e -> {}, later::add)) {
                stream.start();
                await(() -> later.contains(EventStream.State.ENDED));
            }
        }
    }

    @Test
    void aContractorsStreamReadsTheStubsOfOtherEventsWithoutFallingOutOfSync() throws Exception {
        try (ServerFixture server = new ServerFixture(dir)) {
            ShopClient manager = new ShopClient(server.url());
            manager.login("manager", ServerFixture.PASSWORD);
            var supplier = manager.createSupplier(
                    new org.shopsuite.model.SupplierInput("Glass Nara", null, null, null, null, true),
                    ShopClient.newIdempotencyKey());
            manager.createUser(
                    new org.shopsuite.model.UserInput(
                            "glass-stream",
                            "Windshield-4821",
                            org.shopsuite.model.Role.CONTRACTOR,
                            null,
                            true,
                            supplier.id()),
                    ShopClient.newIdempotencyKey());
            ShopClient contractor = new ShopClient(server.url());
            contractor.login("glass-stream", "Windshield-4821");
            List<Event> seen = new CopyOnWriteArrayList<>();
            List<EventStream.State> states = new CopyOnWriteArrayList<>();
            try (EventStream stream = new EventStream(
                    contractor.base(), contractor::token, contractor.lastSeq(), seen::add, states::add)) {
                stream.start();
                await(() -> states.contains(EventStream.State.CONNECTED));
                long receipt = manager.createReceipt(receipt(), ShopClient.newIdempotencyKey())
                        .id();
                await(() -> seen.stream().anyMatch(e -> e.type() == EventType.RepairRequested));
                assertThat(seen)
                        .as("the shop's own events reach a contractor as stubs: seq, type, time, no data")
                        .allSatisfy(e -> {
                            assertThat(e.data()).isNull();
                            assertThat(e.receiptId()).isNull();
                        });
                assertThat(receipt).isPositive();
                assertThat(stream.unreadable()).isZero();
                assertThat(states).doesNotContain(EventStream.State.OUT_OF_SYNC);
            }
        }
    }

    private static ReceiptInput receipt() {
        return new ReceiptInput(
                "홍길동", "010-1234-5678", "12가 3456", null, 1L, null, new BigDecimal("0.5"), "점검", null, null, null);
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(20);
        }
    }
}
