package org.shopsuite.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.shopsuite.server.PostgresCluster;

/**
 * Issue 22: the app given two servers that share one PostgreSQL database. Its server dies under
 * running clients: requests move to the other server (a change the dead one had committed is
 * answered by its Idempotency-Key, not made twice), and the event stream moves too and replays
 * what it missed. Afterwards every acknowledged write is there exactly once, and the stream saw
 * every event once, in order.
 */
class FailoverTest {
    @TempDir
    Path dirA;

    @TempDir
    Path dirB;

    @Test
    void whenItsServerDiesTheAppMovesToTheOtherAndMissesNothing() throws Exception {
        try (PostgresCluster pg = PostgresCluster.start()) {
            Map<String, String> env = Map.of(
                    "SHOP_DATABASE_URL", pg.newDatabase().replaceFirst("^jdbc:", ""),
                    "SHOP_DATABASE_USER", PostgresCluster.user());
            try (ServerFixture a = new ServerFixture(dirA, env);
                    ServerFixture b = new ServerFixture(dirB, env)) {
                String both = a.url() + ", " + b.url();
                ShopClient watcher = new ShopClient(both);
                assertThat(watcher.servers()).containsExactly(URI.create(a.url()), URI.create(b.url()));
                watcher.login("manager", ServerFixture.PASSWORD);
                long start = watcher.lastSeq();
                List<Event> seen = new CopyOnWriteArrayList<>();
                Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(3);
                try (EventStream stream = new EventStream(
                        watcher.httpClient(),
                        watcher::base,
                        watcher::unreachable,
                        watcher::token,
                        start,
                        seen::add,
                        s -> {})) {
                    stream.start();
                    List<Future<Integer>> done = new ArrayList<>();
                    for (int w = 0; w < 3; w++) {
                        done.add(writers.submit(() -> write(both, running, acknowledged)));
                    }
                    Thread.sleep(1500);
                    a.stop();
                    Thread.sleep(2000);
                    running.set(false);
                    int failed = 0;
                    for (Future<Integer> f : done) {
                        failed += f.get();
                    }
                    assertThat(failed)
                            .as("requests that reached neither server")
                            .isZero();
                    assertThat(watcher.base()).as("the app moved").isEqualTo(URI.create(b.url()));
                    long last = watcher.lastSeq();
                    EventStreamTest.await(() -> stream.lastSeq() >= last);

                    assertThat(acknowledged).isNotEmpty();
                    for (long id : acknowledged) {
                        assertThat(watcher.receipt(id).customerName()).startsWith("failover-");
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
    }

    @Test
    void theServersAreOneAddressOrSeveralSeparatedByCommasOrSpaces() {
        assertThat(ShopClient.servers(" http://pc1:8088/, https://pc2:8443  http://pc3:8088 "))
                .containsExactly(
                        URI.create("http://pc1:8088"), URI.create("https://pc2:8443"), URI.create("http://pc3:8088"));
        assertThat(ShopClient.servers("http://localhost:8088")).containsExactly(URI.create("http://localhost:8088"));
        for (String wrong : new String[] {"", " , ", "http://pc1:8088, ftp://pc2", "pc1:8088", "http://"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShopClient.servers(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Writes receipts until told to stop; counts the writes no server answered. */
    private static int write(String servers, AtomicBoolean running, Set<Long> acknowledged) {
        ShopClient client = new ShopClient(servers);
        client.login("counter", ServerFixture.PASSWORD);
        int failed = 0;
        int n = 0;
        while (running.get()) {
            ReceiptInput in = new ReceiptInput(
                    "failover-" + Thread.currentThread().getId() + "-" + n++,
                    null,
                    "12가 3456",
                    null,
                    1L + (n % 4),
                    null,
                    new BigDecimal("0.01"),
                    "failover test",
                    null,
                    null,
                    null);
            try {
                acknowledged.add(
                        client.createReceipt(in, ShopClient.newIdempotencyKey()).id());
            } catch (ServerUnreachable e) {
                failed++;
            }
        }
        return failed;
    }
}
