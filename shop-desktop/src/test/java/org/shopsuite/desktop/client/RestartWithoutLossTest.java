package org.shopsuite.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Event;
import org.shopsuite.model.ReceiptInput;

/**
 * The server restarts under running clients: writers retry with their Idempotency-Key until
 * acknowledged, the event stream reconnects and resumes from its last seq. Afterwards every
 * acknowledged write is there exactly once, and the stream saw every event once, in order.
 */
class RestartWithoutLossTest {
    @TempDir
    Path dir;

    @Test
    void noAcknowledgedWriteIsLostAndTheStreamResumes() throws Exception {
        try (ServerFixture server = new ServerFixture(dir)) {
            ShopClient watcher = new ShopClient(server.url());
            watcher.login("manager", ServerFixture.PASSWORD);
            long start = watcher.lastSeq();
            List<Event> seen = new CopyOnWriteArrayList<>();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try (EventStream stream = new EventStream(watcher.base(), watcher::token, start, seen::add, s -> {})) {
                stream.start();
                List<Future<Integer>> done = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    done.add(writers.submit(() -> write(server.url(), running, acknowledged)));
                }
                Thread.sleep(1500);
                long stopped = System.nanoTime();
                server.stop();
                Thread.sleep(500);
                server.start();
                long downMs = (System.nanoTime() - stopped) / 1_000_000;
                Thread.sleep(1500);
                running.set(false);
                int retries = 0;
                for (Future<Integer> f : done) {
                    retries += f.get();
                }
                long last = watcher.lastSeq();
                EventStreamTest.await(() -> stream.lastSeq() >= last);
                System.out.printf(
                        "restart under load: down %d ms (stop, 0.5 s pause, start to listening),"
                                + " %d writes acknowledged, %d retried through the outage, %d events streamed%n",
                        downMs, acknowledged.size(), retries, seen.size());

                assertThat(retries).as("the outage was felt").isPositive();
                for (long id : acknowledged) {
                    assertThat(watcher.receipt(id).customerName()).startsWith("restart-");
                }
                long created = seen.stream()
                        .filter(e -> e.type().name().equals("RepairRequested"))
                        .count();
                assertThat(created)
                        .as("each acknowledged write happened exactly once")
                        .isEqualTo(acknowledged.size());
                for (int i = 0; i < seen.size(); i++) {
                    assertThat(seen.get(i).seq()).isEqualTo(start + i + 1);
                }
            } finally {
                writers.shutdownNow();
            }
        }
    }

    /** Writes receipts until told to stop; a write the server did not answer is retried with its key. */
    private static int write(String url, AtomicBoolean running, Set<Long> acknowledged) throws InterruptedException {
        ShopClient client = new ShopClient(url);
        client.login("counter", ServerFixture.PASSWORD);
        int retries = 0;
        int n = 0;
        while (running.get()) {
            String key = ShopClient.newIdempotencyKey();
            ReceiptInput in = new ReceiptInput(
                    "restart-" + Thread.currentThread().getId() + "-" + n++,
                    null,
                    "12가 3456",
                    null,
                    1L + (n % 4),
                    null,
                    new BigDecimal("0.01"),
                    "restart test",
                    null,
                    null);
            while (true) {
                try {
                    acknowledged.add(client.createReceipt(in, key).id());
                    break;
                } catch (ServerUnreachable e) {
                    retries++;
                    Thread.sleep(100);
                }
            }
        }
        return retries;
    }
}
