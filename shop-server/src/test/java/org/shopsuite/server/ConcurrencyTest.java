package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Lost updates (the Jepsen P4 pattern) and oversell, under concurrent load, repeated. */
@Tag("slow")
class ConcurrencyTest {
    @TempDir
    Path dir;

    /**
     * Clients read a part's price, add one and write it back with If-Match, retrying on 412 (the
     * Jepsen P4 pattern). Afterwards the price has grown by exactly the number of acknowledged
     * updates: none was silently overwritten.
     */
    @Test
    void noAcknowledgedUpdateIsLost() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long part = Shop.part(manager, "P4", "p4", 1, 1000);
            int clients = 8;
            int updates = 25;
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    Api api = server.api().withToken(manager.token());
                    for (int u = 0; u < updates; u++) {
                        while (true) {
                            Api.Res current = api.get("/vehicleParts/" + part);
                            long price = current.json().path("partPrice").asLong() + 1;
                            Api.Res r = api.patch(
                                    "/vehicleParts/" + part,
                                    Api.obj("partPrice", price).toString(),
                                    Map.of("If-Match", current.header("ETag")));
                            if (r.status() == 200) {
                                acknowledged.incrementAndGet();
                                break;
                            }
                            assertThat(r.status()).as(r.toString()).isEqualTo(412);
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            long finalPrice = manager.get("/vehicleParts/" + part)
                    .json()
                    .path("partPrice")
                    .asLong();
            assertThat(acknowledged.get()).isEqualTo(clients * updates);
            assertThat(finalPrice).isEqualTo(1000 + acknowledged.get());
            assertThat(conflicts.get()).as("the clients did collide").isPositive();
            System.out.printf(
                    "lost-update check: %d acknowledged read-modify-writes, %d refused as stale (412), none lost%n",
                    acknowledged.get(), conflicts.get());
        }
    }

    /** Settings too: concurrent PUTs with If-Match never both succeed on one version. */
    @Test
    void settingsUpdatesOnOneVersionSucceedOnce() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            String etag = manager.get("/shop").header("ETag");
            List<Integer> statuses = race(
                    16,
                    i -> manager.put(
                                    "/shop",
                                    Api.obj(
                                                    "name",
                                                    "샵 " + i,
                                                    "address",
                                                    "",
                                                    "phone",
                                                    "",
                                                    "currency",
                                                    "KRW",
                                                    "laborRatePerHour",
                                                    1000 + i,
                                                    "taxRatePercent",
                                                    10,
                                                    "timezone",
                                                    "Asia/Seoul",
                                                    "invoicePrefix",
                                                    "INV")
                                            .toString(),
                                    Map.of("If-Match", etag))
                            .status());
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 412).count()).isEqualTo(15);
        }
    }

    /** The last hours and the last units, raced for by many clients, round after round, under load. */
    @Test
    void neverOversoldRoundAfterRound() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            for (int round = 0; round < 5; round++) {
                long mechanic = Shop.mechanic(manager, "정비사 " + round, "3");
                List<Integer> accepted = race(
                        24,
                        i -> "ACCEPTED"
                                        .equals(Shop.receipt(counter, mechanic, "0.5")
                                                .json()
                                                .path("status")
                                                .asText())
                                ? 1
                                : 0);
                assertThat(accepted.stream().mapToInt(Integer::intValue).sum())
                        .as("round " + round)
                        .isEqualTo(6);

                long part = Shop.part(manager, "LAST-" + round, "last units", 7, 1000);
                long job = Shop.receipt(manager, Shop.mechanic(manager, "m" + round, "24"), "1")
                        .json()
                        .path("jobId")
                        .asLong();
                manager.post("/jobs/" + job + "/start", null);
                List<Integer> issued = race(
                        24,
                        i -> "ISSUED"
                                        .equals(manager.post(
                                                        "/jobs/" + job + "/partRequests",
                                                        Api.obj("vehiclePartId", part, "quantity", 1 + (i % 2)))
                                                .json()
                                                .path("status")
                                                .asText())
                                ? 1 + (i % 2)
                                : 0);
                int units = issued.stream().mapToInt(Integer::intValue).sum();
                assertThat(units).as("round " + round).isLessThanOrEqualTo(7).isGreaterThanOrEqualTo(6);
                assertThat(manager.get("/vehicleParts/" + part)
                                .json()
                                .path("stock")
                                .asInt())
                        .isEqualTo(7 - units);
            }
        }
    }

    private static <T> List<T> race(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(k);
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
