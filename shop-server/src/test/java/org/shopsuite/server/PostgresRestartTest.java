package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 22: PostgreSQL restarts (stopped at once, as a crash would, then started) while two
 * servers on it take receipts from writers that retry with their Idempotency-Key until answered.
 * No acknowledged write is lost, none is made twice, the servers recover by themselves (their
 * writer, readers and listening connections are opened anew), and readiness says when the
 * database is gone.
 */
class PostgresRestartTest {
    @TempDir
    Path dirA;

    @TempDir
    Path dirB;

    @Test
    void aRestartOfPostgresqlUnderLoadLosesNoAcknowledgedWriteAndTheServersRecover() throws Exception {
        try (PostgresCluster pg = PostgresCluster.start()) {
            String url = pg.newDatabase().replaceFirst("^jdbc:", "");
            Map<String, String> env = Map.of("SHOP_DATABASE_URL", url, "SHOP_DATABASE_USER", PostgresCluster.user());
            try (TestServer a = new TestServer(dirA, Clock.systemUTC(), false, env);
                    TestServer b = new TestServer(dirB, Clock.systemUTC(), false, env)) {
                Api manager = Shop.admin(a);
                long mechanic = Shop.mechanic(manager, "김민수", "24");
                Api counterA = Shop.user(manager, "counter", "RECEPTIONIST", null);
                Api counterB = b.api().withToken(counterA.token());
                Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Integer>> done = new ArrayList<>();
                    for (int w = 0; w < 4; w++) {
                        Api counter = w % 2 == 0 ? counterA : counterB;
                        done.add(writers.submit(() -> write(counter, mechanic, running, acknowledged)));
                    }
                    Thread.sleep(1500);
                    pg.restart();
                    // right after the restart the servers' connections are the dead ones: not ready
                    // until they have found the database again
                    Thread.sleep(2500);
                    running.set(false);
                    int retries = 0;
                    for (Future<Integer> f : done) {
                        retries += f.get();
                    }
                    assertThat(retries).as("the restart was felt").isPositive();
                } finally {
                    writers.shutdownNow();
                }
                assertThat(acknowledged).isNotEmpty();
                for (TestServer s : List.of(a, b)) {
                    assertThat(s.api().get("/ready").status()).isEqualTo(200);
                    Api m = s.api().withToken(manager.token());
                    for (long id : acknowledged) {
                        assertThat(m.get("/receipts/" + id).status())
                                .as("receipt " + id)
                                .isEqualTo(200);
                    }
                    // each acknowledged write once: the mechanic's booked hours are theirs exactly
                    assertThat(m.get("/mechanics/" + mechanic + "/capacity")
                                    .json()
                                    .path("bookedHours")
                                    .decimalValue())
                            .isEqualByComparingTo(new java.math.BigDecimal("0.01")
                                    .multiply(java.math.BigDecimal.valueOf(acknowledged.size())));
                }
                // and both take writes again
                assertThat(Shop.receipt(counterA, mechanic, "0.01").status()).isEqualTo(201);
                assertThat(Shop.receipt(counterB, mechanic, "0.01").status()).isEqualTo(201);
            }
        }
    }

    @Test
    void readinessSaysWhenTheDatabaseIsGone(@TempDir Path dir) throws Exception {
        try (PostgresCluster pg = PostgresCluster.start();
                TestServer s = new TestServer(
                        dir,
                        Clock.systemUTC(),
                        false,
                        Map.of(
                                "SHOP_DATABASE_URL",
                                pg.newDatabase().replaceFirst("^jdbc:", ""),
                                "SHOP_DATABASE_USER",
                                PostgresCluster.user()))) {
            assertThat(s.api().get("/ready").status()).isEqualTo(200);
            pg.stop();
            assertThat(s.api().get("/ready").status()).isEqualTo(503);
            assertThat(s.api().get("/health").status()).isEqualTo(200);
        }
    }

    /** Receipts until told to stop (or 150), each retried with its key until a server answers it; counts retries. */
    private static int write(Api counter, long mechanic, AtomicBoolean running, Set<Long> acknowledged)
            throws InterruptedException {
        int retries = 0;
        int n = 0;
        // at most 150 each: 4 x 150 x 0.01 h stays within the mechanic's 24 h, so none is rejected
        while (running.get() && n < 150) {
            String key = UUID.randomUUID().toString();
            Object body = obj(
                    "customerName", "재시작-" + Thread.currentThread().getId() + "-" + n++,
                    "customerPhone", "010-1234-5678",
                    "carId", "12가 3456",
                    "mechanicId", mechanic,
                    "estimatedHours", "0.01",
                    "request", "엔진오일 교환");
            while (true) {
                try {
                    Api.Res r = counter.post("/receipts", body, Map.of("Idempotency-Key", key));
                    if (r.status() == 201) {
                        acknowledged.add(r.id());
                        break;
                    }
                    assertThat(r.status()).as(r.toString()).isGreaterThanOrEqualTo(500);
                } catch (java.io.UncheckedIOException e) {
                    // the answer was lost: the same key again
                }
                retries++;
                Thread.sleep(100);
            }
        }
        return retries;
    }
}
