package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 22: two servers on one PostgreSQL database, each with its own clients, as a shop with a
 * second server PC runs them. Exactness comes from the database (ADR 0025): racing receipts for a
 * mechanic's last hours and racing part requests for the last units are exact across the two;
 * event seq and invoice numbers stay gapless; an event committed through one reaches the other's
 * stream in seq order; a logout, a deactivation, the login lock-out and the settings hold on both.
 */
class PostgresInstancesTest {
    private static PostgresCluster pg;

    @TempDir
    Path dirA;

    @TempDir
    Path dirB;

    String url;
    TestServer a;
    TestServer b;
    Api managerA;
    Api managerB;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        url = pg.newDatabase().replaceFirst("^jdbc:", "");
        a = on(dirA, url, false);
        b = on(dirB, url, false);
        managerA = Shop.admin(a);
        managerB = Shop.admin(b);
    }

    @AfterEach
    void tearDown() {
        b.close();
        a.close();
    }

    static TestServer on(Path dir, String url, boolean demo) {
        return new TestServer(
                dir,
                Clock.systemUTC(),
                demo,
                Map.of("SHOP_DATABASE_URL", url, "SHOP_DATABASE_USER", PostgresCluster.user()));
    }

    /** {@code api}'s session, used through server {@code s}. */
    static Api through(TestServer s, Api api) {
        return s.api().withToken(api.token());
    }

    @Test
    void racingReceiptsOverTwoServersNeverOverbookAMechanicsDay() throws Exception {
        long mechanicId = Shop.mechanic(managerA, "이서준", "8");
        Api counterA = Shop.user(managerA, "counter", "RECEPTIONIST", null);
        Api counterB = through(b, counterA);
        // 32 requests of 1.5 h against 8 h, half through each server: exactly 5 fit (7.5 h).
        AtomicInteger turn = new AtomicInteger();
        List<Api.Res> results = RaceTest.race(
                () -> Shop.receipt(turn.getAndIncrement() % 2 == 0 ? counterA : counterB, mechanicId, "1.5"));

        assertThat(results).allMatch(r -> r.status() == 201);
        assertThat(results.stream().filter(r -> status(r).equals("ACCEPTED"))).hasSize(5);
        assertThat(results.stream().filter(r -> status(r).equals("REJECTED"))).hasSize(RaceTest.CLIENTS - 5);
        for (Api manager : List.of(managerA, managerB)) {
            JsonNode capacity =
                    manager.get("/mechanics/" + mechanicId + "/capacity").json();
            assertThat(capacity.path("bookedHours").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(manager.get("/jobs?limit=500").json().path("items")).hasSize(5);
            assertThat(manager.get("/statusPages?limit=500").json().path("items"))
                    .hasSize(RaceTest.CLIENTS);
        }
        assertGaplessEvents(managerB);
    }

    @Test
    void racingPartRequestsOverTwoServersIssueExactlyTheUnitsInStock() throws Exception {
        long mechanicId = Shop.mechanic(managerA, "박지훈", "24");
        Api counter = Shop.user(managerA, "counter", "RECEPTIONIST", null);
        Api mechanicA = Shop.user(managerA, "park", "MECHANIC", mechanicId);
        Api mechanicB = through(b, mechanicA);
        long partId = Shop.part(managerA, "BAT-80", "배터리 80Ah", 5, 145_000);
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long jobId =
                    Shop.receipt(counter, mechanicId, "1").json().path("jobId").asLong();
            assertThat(mechanicA.post("/jobs/" + jobId + "/start", null).status())
                    .isEqualTo(200);
            jobs.add(jobId);
        }
        AtomicInteger turn = new AtomicInteger();
        List<Api.Res> results = RaceTest.race(() -> {
            int i = turn.getAndIncrement();
            return (i % 2 == 0 ? mechanicA : mechanicB)
                    .post(
                            "/jobs/" + jobs.get(i % jobs.size()) + "/partRequests",
                            obj("vehiclePartId", partId, "quantity", 1));
        });

        assertThat(results).allMatch(r -> r.status() == 201);
        assertThat(results.stream().filter(r -> status(r).equals("ISSUED"))).hasSize(5);
        assertThat(results.stream().filter(r -> status(r).equals("REJECTED"))).hasSize(RaceTest.CLIENTS - 5);
        for (Api manager : List.of(managerA, managerB)) {
            assertThat(manager.get("/vehicleParts/" + partId)
                            .json()
                            .path("stock")
                            .asInt())
                    .isZero();
            JsonNode ledger = manager.get("/vehicleParts/" + partId + "/movements?limit=500")
                    .json()
                    .path("items");
            assertThat(ledger).hasSize(6); // the initial stock and five issues
            assertThat(ledger.get(0).path("stockAfter").asInt()).isZero();
        }
        assertGaplessEvents(managerA);
    }

    @Test
    void invoiceNumbersIssuedOverTwoServersAtOnceAreGapless() throws Exception {
        long mechanicId = Shop.mechanic(managerA, "한지민", "24");
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long jobId =
                    Shop.receipt(managerA, mechanicId, "1").json().path("jobId").asLong();
            assertThat(managerA.post("/jobs/" + jobId + "/start", null).status())
                    .isEqualTo(200);
            jobs.add(jobId);
        }
        AtomicInteger turn = new AtomicInteger();
        List<Api.Res> results = RaceTest.race(jobs.size(), () -> {
            int i = turn.getAndIncrement();
            return (i % 2 == 0 ? managerA : managerB).post("/jobs/" + jobs.get(i) + "/finish", obj("laborHours", "1"));
        });
        assertThat(results).allMatch(r -> r.status() == 200);
        List<Long> numbers = new ArrayList<>();
        for (Api.Res r : results) {
            String number = managerB.get(
                            "/invoices/" + r.json().path("invoiceId").asLong())
                    .json()
                    .path("number")
                    .asText();
            numbers.add(Long.parseLong(number.replaceFirst("^.*-", "")));
        }
        numbers.sort(null);
        long first = numbers.get(0);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("invoice numbers " + numbers).isEqualTo(first + i);
        }
        assertGaplessEvents(managerA);
    }

    @Test
    void anEventCommittedThroughOneServerReachesTheOthersStreamInSeqOrder() throws Exception {
        long mechanicId = Shop.mechanic(managerA, "김민수", "24");
        long before = managerB.get("/events/last").json().path("seq").asLong();
        try (EventClient streamB = EventClient.connect(managerB, before)) {
            AtomicInteger turn = new AtomicInteger();
            RaceTest.race(
                    20, () -> Shop.receipt(turn.getAndIncrement() % 2 == 0 ? managerA : managerB, mechanicId, "0.5"));
            long last = managerA.get("/events/last").json().path("seq").asLong();
            assertThat(last).isGreaterThanOrEqualTo(before + 20);
            streamB.awaitSeq(last, Duration.ofSeconds(10));
            List<Long> seqs =
                    streamB.events().stream().map(e -> e.path("seq").asLong()).toList();
            List<Long> expected = new ArrayList<>();
            for (long s = before + 1; s <= last; s++) {
                expected.add(s);
            }
            assertThat(seqs).as("what B's stream sent, in order").isEqualTo(expected);
        }
        // and B's own last seq caught up with A's commits
        assertThat(managerB.get("/events/last").json().path("seq").asLong())
                .isEqualTo(managerA.get("/events/last").json().path("seq").asLong());
    }

    @Test
    void aLogoutOrDeactivationOnOneServerEndsTheSessionOnTheOtherAtOnce() throws Exception {
        Api counterA = Shop.user(managerA, "counter", "RECEPTIONIST", null);
        Api counterB = through(b, counterA);
        assertThat(counterB.get("/receipts").status()).isEqualTo(200); // cached on B now
        try (EventClient streamB = EventClient.connect(counterB, null)) {
            Thread.sleep(200);
            assertThat(counterA.post("/auth/logout", null).status()).isEqualTo(200);
            assertThat(streamB.awaitClose(Duration.ofSeconds(5))).startsWith("1008");
        }
        assertThat(counterB.get("/receipts").status()).isEqualTo(401);

        Api again = managerA.as("counter", "password-1");
        Api againB = through(b, again);
        assertThat(againB.get("/receipts").status()).isEqualTo(200);
        long id = againB.get("/me").json().path("user").path("id").asLong();
        String etag = "\"" + managerA.get("/users/" + id).json().path("version").asLong() + "\"";
        assertThat(managerA.patch("/users/" + id, "{\"active\":false}", Map.of("If-Match", etag))
                        .status())
                .isEqualTo(200);
        assertThat(againB.get("/receipts").status()).isEqualTo(401);
    }

    @Test
    void aChangeOfRoleOnOneServerActsOnTheOtherAtOnce() throws Exception {
        Api userA = Shop.user(managerA, "clerk", "MANAGER", null);
        Api userB = through(b, userA);
        assertThat(userB.get("/users").status()).isEqualTo(200); // a manager's list, cached on B
        long id = userB.get("/me").json().path("user").path("id").asLong();
        String etag = "\"" + managerA.get("/users/" + id).json().path("version").asLong() + "\"";
        Api.Res demoted = managerA.patch("/users/" + id, "{\"role\":\"RECEPTIONIST\"}", Map.of("If-Match", etag));
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertThat(userB.get("/users").status()).isEqualTo(403);
    }

    @Test
    void failedLoginsOnOneServerLockTheUserOutOnTheOther() {
        Shop.user(managerA, "counter", "RECEPTIONIST", null);
        for (int i = 0; i < 5; i++) {
            assertThat(a.api().login("counter", "wrong-" + i).status()).isEqualTo(401);
        }
        // A tells B of each failure by NOTIFY, which arrives a moment after A answered (a CI run once
        // logged in on B before the fifth had arrived); B has no failure of its own to count.
        sleepQuietly(1000);
        Api.Res onB = b.api().login("counter", "password-1");
        assertThat(onB.status()).as(onB.toString()).isEqualTo(429);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void settingsChangedThroughOneServerAreWhatTheOtherUses() {
        Api.Res shop = managerA.get("/shop");
        ObjectNode body = (ObjectNode) shop.json().deepCopy();
        body.put("name", "두 번째 서버 정비");
        body.remove("version");
        Api.Res put = managerA.put("/shop", body.toString(), Map.of("If-Match", shop.header("ETag")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(managerB.get("/shop").json().path("name").asText()).isEqualTo("두 번째 서버 정비");
    }

    @Test
    void serversStartingAtOnceOnAnEmptyDatabaseMakeTheFirstUserAndTheDemoDataOnce(@TempDir Path dirs) throws Exception {
        String fresh = pg.newDatabase().replaceFirst("^jdbc:", "");
        List<TestServer> servers = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<TestServer>> starting = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                for (int i = 0; i < 3; i++) {
                    Path dir = dirs.resolve("server-" + i);
                    starting.add(pool.submit(() -> on(dir, fresh, true)));
                }
                for (java.util.concurrent.Future<TestServer> f : starting) {
                    servers.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            for (TestServer s : servers) {
                Api admin = Shop.admin(s);
                assertThat(admin.get("/users?limit=500").json().path("items").findValuesAsText("username"))
                        .containsOnlyOnce("admin");
                assertThat(admin.get("/mechanics?limit=500").json().path("items"))
                        .hasSize(4);
            }
        } finally {
            servers.forEach(TestServer::close);
        }
    }

    /** The event log read through {@code manager}: seq 1, 2, 3... with none missing. */
    private static void assertGaplessEvents(Api manager) {
        List<Long> seqs = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = manager.get("/events?since=0&limit=500" + (next == null ? "" : "&cursor=" + next))
                    .json();
            page.path("items").forEach(e -> seqs.add(e.path("seq").asLong()));
            next = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode()
                    ? null
                    : page.path("nextCursor").asText();
        } while (next != null);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).as("event seqs").isEqualTo(i + 1L);
        }
    }

    private static String status(Api.Res r) {
        return r.json().path("status").asText();
    }
}
