package org.shopsuite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.shopsuite.model.Json;

/**
 * The benchmark: starts the real server and a baseline app as separate processes on temporary
 * data, loads them over loopback with a bounded closed-loop driver, and prints a table of
 * throughput and p50/p99/max latency, each figure next to its baseline. Not part of the tests.
 *
 * <p>{@code Bench [--seconds 10] [--connections 64] [--big-db DIR]} (DIR: made by Generate).
 * {@code Bench --estimates [--seconds 10] [--connections 64]}: issue 17's estimate figures on a
 * fresh server (create, present and approve 30-line estimates vs POST /receipts; GET /estimates/{id}).
 * {@code Bench --purchasing}: issue 19's figures on a fresh server (counter sales vs POST /receipts,
 * receiving a 50-line order, posting a 2,000-line count); {@code Bench --purchasing --big-db DIR}:
 * the parts reconciliation over a year of a generated database.
 * {@code Bench --warranty}: issue 20's figures on a fresh server (registering comebacks, sending
 * work out, completing sublet orders, each vs POST /receipts in the same run);
 * {@code Bench --appointments}: issue 18's figures on a fresh server (booking vs POST /receipts
 * with 50 bays booked for a year; GET /schedule and GET /availability at 200/s).
 * {@code Bench --slow-clients 1200 [--seconds 20]}: /health latency from 127.0.0.1 with and
 * without that many slow clients on 127.0.0.3 (issue 14).
 *
 * <p>Customers and vehicles (issue 16), on a database that {@link Generate} wrote in the released
 * schema (the server upgrades it on its first start, whose time is printed as "started ... in N
 * s"; keep a copy of the generated directory to measure the upgrade again):
 *
 * <pre>{@code
 * ./mvnw -B -o -q -pl shop-bench -am package -DskipTests
 * CP='shop-bench/target/shop-bench-0.1.0-SNAPSHOT.jar:shop-bench/target/lib/*'
 * java -cp "$CP" org.shopsuite.bench.Generate --data-dir /tmp/gen1m --receipts 1000000
 * cp -r /tmp/gen1m /tmp/gen1m-released        # the upgrade changes the database in place
 * java -cp "$CP" org.shopsuite.bench.Bench --customers --big-db /tmp/gen1m --seconds 10 --connections 64
 * # against a server already running on loopback (no CPU figures then):
 * java -jar shop-server/target/shop-server.jar --host 127.0.0.1 --port 18099 --data-dir /tmp/gen20k
 * java -cp "$CP" org.shopsuite.bench.Bench --customers --big-db /tmp/gen20k --server-url http://127.0.0.1:18099 --seconds 5
 * }</pre>
 *
 * <p>It samples 4,000 past visits (names, phones, plates as typed) and the five cars with the most
 * visits from the database file, read-only, then runs: {@code GET /vehicles?plate=} with the plate
 * typed with a space ("12가 3456") and {@code GET /customers?q=} with a mix of "김", "김민", a
 * phone's last 4 digits and a plate's first 4 characters, each at 200/s open loop; {@code GET
 * /vehicles/{id}/history} of the 200-visit cars (ids found by {@code GET /vehicles?plate=}) at
 * 50/s open loop; then 16 connections, closed loop, of {@code POST /receipts} with the seed's one
 * receipt ("홍길동", "12가 3456") and of {@code POST /receipts} with 60% known cars (as typed before,
 * with their customer), 10% a known customer's phone with a new car and 30% a new customer and car,
 * the second as a ratio of the first. The receipts go to 40 mechanics it adds (24 h a day).
 * {@code --max-writes N} (50,000) bounds each write phase's requests (warm-up and measured each);
 * {@code --seconds} bounds every phase's time. Loopback only. The first run on a fresh copy of a
 * generated database includes the upgrade (and its aftermath); a second run on the same, upgraded
 * directory gives the steady-state figures.
 */
public final class Bench {
    private static final ObjectMapper JSON = Json.newMapper();
    private static final String ADMIN_PASSWORD = "bench-admin-pw";

    private final int seconds;
    private final int connections;
    private final List<String> table = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private boolean readsOnly;
    private boolean writesOnly;
    private boolean pushWarmUp;
    /** How long a started process may take to answer, in tenths of a second. */
    private int startWaitTenths = 600;

    private long maxWrites = 50_000;
    /** {@code --database URL}: the search phases' server keeps its data there (PostgreSQL), not in --big-db's file. */
    private String database;

    private Bench(int seconds, int connections) {
        this.seconds = seconds;
        this.connections = connections;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        int connections = 64;
        Path bigDb = null;
        boolean searchOnly = false;
        boolean pushOnly = false;
        boolean readsOnly = false;
        boolean writesOnly = false;
        boolean pushWarmUp = false;
        int slowClients = 0;
        boolean customers = false;
        boolean estimates = false;
        boolean purchasing = false;
        boolean reports = false;
        boolean timeClock = false;
        boolean appointments = false;
        boolean warranty = false;
        String serverUrl = null;
        String postgres = null;
        String database = null;
        long maxWrites = 50_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--search-only" -> searchOnly = true;
                case "--push-only" -> pushOnly = true;
                case "--reads-only" -> readsOnly = true;
                case "--writes-only" -> writesOnly = true;
                case "--push-warm-up" -> pushWarmUp = true;
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--big-db" -> bigDb = Path.of(args[++i]);
                case "--slow-clients" -> slowClients = Integer.parseInt(args[++i]);
                case "--customers" -> customers = true;
                case "--estimates" -> estimates = true;
                case "--purchasing" -> purchasing = true;
                case "--reports" -> reports = true;
                case "--clock" -> timeClock = true;
                case "--appointments" -> appointments = true;
                case "--warranty" -> warranty = true;
                case "--server-url" -> serverUrl = args[++i];
                case "--postgres" -> postgres = args[++i];
                case "--database" -> database = args[++i];
                case "--max-writes" -> maxWrites = Long.parseLong(args[++i].replace("_", ""));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Bench b = new Bench(seconds, connections);
        b.readsOnly = readsOnly;
        b.writesOnly = writesOnly;
        b.pushWarmUp = pushWarmUp;
        b.maxWrites = maxWrites;
        b.database = database;
        try {
            if (postgres != null) {
                b.postgres(postgres);
                return;
            }
            if (estimates) {
                b.estimates();
                return;
            }
            if (appointments) {
                b.appointments();
                return;
            }
            if (warranty) {
                b.warranty();
                return;
            }
            if (timeClock) {
                b.timeClock();
                return;
            }
            if (reports) {
                if (bigDb == null) {
                    throw new IllegalArgumentException("--reports needs --big-db DIR (made by Generate)");
                }
                b.reports(bigDb);
                return;
            }
            if (purchasing) {
                if (bigDb != null) {
                    b.reconciliation(bigDb);
                } else {
                    b.purchasing();
                }
                return;
            }
            if (customers) {
                if (bigDb == null) {
                    throw new IllegalArgumentException("--customers needs --big-db DIR (made by Generate)");
                }
                b.customers(bigDb, serverUrl);
                return;
            }
            if (slowClients > 0) {
                b.slowClients(slowClients);
                return;
            }
            if (pushOnly) {
                b.pushOnly();
                return;
            }
            if (searchOnly) {
                b.header();
                b.search(bigDb, null);
                b.table.forEach(System.out::println);
                return;
            }
            b.run(bigDb);
        } finally {
            b.processes.forEach(Process::destroy);
        }
    }

    private void run(Path bigDb) throws Exception {
        Path tmp = Files.createTempDirectory("shop-bench");
        int basePort = freePort();
        int port = freePort();
        start(
                "baseline",
                List.of(
                        "org.shopsuite.bench.Baseline",
                        "" + basePort,
                        tmp.resolve("baseline").toString()),
                basePort,
                "/const");
        Process server = start(
                "server",
                List.of(
                        "org.shopsuite.server.ShopServer",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--data-dir",
                        tmp.resolve("server").toString()),
                port,
                "/health");
        String base = "http://127.0.0.1:" + basePort;
        String url = "http://127.0.0.1:" + port;
        Setup s = setup(url);
        RssSampler rss = new RssSampler(server.pid());

        header();
        if (writesOnly) {
            Result insert = load(
                    "POST /insert (baseline)", connections, i -> post(base + "/insert", null, receiptBody(s, i)), 201);
            row(insert, null);
            row(
                    load(
                            "POST /receipts (accept path)",
                            connections,
                            i -> post(url + "/receipts", s.tokens[i], receiptBody(s, i)),
                            201),
                    insert);
            row(
                    load(
                            "POST /jobs/{id}/partRequests",
                            connections,
                            i -> post(
                                    url + "/jobs/" + s.jobs[i % s.jobs.length] + "/partRequests",
                                    s.managerToken,
                                    "{\"vehiclePartId\":" + (1 + i % s.parts) + ",\"quantity\":1}"),
                            201),
                    insert);
            table.forEach(System.out::println);
            return;
        }
        Result constant = load("GET /const (baseline)", connections, i -> get(base + "/const", null), 200);
        row(constant, null);
        row(
                load(
                        "GET /statusPages?limit=50",
                        connections,
                        i -> get(url + "/statusPages?limit=50", s.tokens[i]),
                        200),
                constant);
        row(
                load(
                        "GET /receipts/{id}",
                        connections,
                        i -> get(url + "/receipts/" + s.receiptId(i), s.tokens[i]),
                        200),
                constant);
        // The same reads at a steady 1,000 requests a second over the same connections: latency at a
        // load the machine carries, rather than at saturation, where it is queueing by definition.
        Result constantPaced =
                paced("GET /const at 1,000/s (open loop)", connections, 1000, i -> get(base + "/const", null), 200);
        row(constantPaced, null);
        row(
                paced(
                        "GET /statusPages?limit=50 at 1,000/s (open loop)",
                        connections,
                        1000,
                        i -> get(url + "/statusPages?limit=50", s.tokens[i]),
                        200),
                null);
        row(
                paced(
                        "GET /receipts/{id} at 1,000/s (open loop)",
                        connections,
                        1000,
                        i -> get(url + "/receipts/" + s.receiptId(i), s.tokens[i]),
                        200),
                null);
        if (readsOnly) {
            table.forEach(System.out::println);
            return;
        }
        Result insert =
                load("POST /insert (baseline)", connections, i -> post(base + "/insert", null, receiptBody(s, i)), 201);
        row(insert, null);
        row(
                load(
                        "POST /receipts (accept path)",
                        connections,
                        i -> post(url + "/receipts", s.tokens[i], receiptBody(s, i)),
                        201),
                insert);
        row(
                load(
                        "POST /jobs/{id}/partRequests",
                        connections,
                        i -> post(
                                url + "/jobs/" + s.jobs[i % s.jobs.length] + "/partRequests",
                                s.managerToken,
                                "{\"vehiclePartId\":" + (1 + i % s.parts) + ",\"quantity\":1}"),
                        201),
                insert);
        pushPhases(url, s);
        table.add(String.format(
                Locale.ROOT, "| server memory (VmRSS, peak while loaded) | %d MB | | | | | |", rss.peakMb()));
        rss.stop();

        if (bigDb != null) {
            search(bigDb, constant);
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /**
     * Issue 22: two servers on one PostgreSQL database ({@code --postgres postgresql://HOST:PORT/DB},
     * an empty database; the user from {@code SHOP_DATABASE_USER}), against the bare durable insert
     * on the same database (Baseline), and one server's writes beside two servers'; reads against
     * {@code GET /const}; event push from commits through A to 50 stream clients of B at 100 ev/s.
     */
    private void postgres(String database) throws Exception {
        Path tmp = Files.createTempDirectory("shop-bench-pg");
        int basePort = freePort();
        start(
                "baseline (PostgreSQL)",
                List.of(
                        "org.shopsuite.bench.Baseline",
                        "" + basePort,
                        tmp.resolve("baseline").toString(),
                        database),
                basePort,
                "/const");
        String[] urls = new String[2];
        for (int n = 0; n < 2; n++) {
            int port = freePort();
            start(
                    "server " + (char) ('A' + n),
                    List.of(
                            "org.shopsuite.server.ShopServer",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            "" + port,
                            "--data-dir",
                            tmp.resolve("server-" + n).toString(),
                            "--database",
                            database),
                    port,
                    "/health");
            urls[n] = "http://127.0.0.1:" + port;
        }
        String base = "http://127.0.0.1:" + basePort;
        String a = urls[0];
        String b = urls[1];
        Setup s = setup(a); // the sessions are the database's: good on both servers
        header();
        Result constant = load("GET /const (baseline)", connections, i -> get(base + "/const", null), 200);
        row(constant, null);
        row(
                load(
                        "GET /statusPages?limit=50, two servers",
                        connections,
                        i -> get(urls[i % 2] + "/statusPages?limit=50", s.tokens[i]),
                        200),
                constant);
        row(
                load(
                        "GET /receipts/{id}, two servers",
                        connections,
                        i -> get(urls[i % 2] + "/receipts/" + s.receiptId(i), s.tokens[i]),
                        200),
                constant);
        Result insert = load(
                "POST /insert (baseline: INSERT, autocommit, PostgreSQL)",
                connections,
                i -> post(base + "/insert", null, receiptBody(s, i)),
                201);
        row(insert, null);
        row(
                load(
                        "POST /receipts (accept path), server A alone",
                        connections,
                        i -> post(a + "/receipts", s.tokens[i], receiptBody(s, i)),
                        201),
                insert);
        row(
                load(
                        "POST /receipts (accept path), A and B",
                        connections,
                        i -> post(urls[i % 2] + "/receipts", s.tokens[i], receiptBody(s, i)),
                        201),
                insert);
        row(
                load(
                        "POST /jobs/{id}/partRequests, A and B",
                        connections,
                        i -> post(
                                urls[i % 2] + "/jobs/" + s.jobs[i % s.jobs.length] + "/partRequests",
                                s.managerToken,
                                "{\"vehiclePartId\":" + (1 + i % s.parts) + ",\"quantity\":1}"),
                        201),
                insert);
        push(
                a,
                b,
                s,
                100,
                true,
                "event push, commit through A, 50 clients of B",
                "on B, handed to its stream to written");
        System.out.println();
        table.forEach(System.out::println);
    }

    private void pushOnly() throws Exception {
        Path tmp = Files.createTempDirectory("shop-bench");
        int port = freePort();
        start(
                "server",
                List.of(
                        "org.shopsuite.server.ShopServer",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--data-dir",
                        tmp.resolve("server").toString()),
                port,
                "/health");
        Setup s = setup("http://127.0.0.1:" + port);
        header();
        pushPhases("http://127.0.0.1:" + port, s);
        table.forEach(System.out::println);
    }

    /** Users, mechanics with room, parts with stock, jobs in progress, a token per connection. */
    private Setup setup(String url) throws Exception {
        String admin = login(url, "admin", ADMIN_PASSWORD);
        int mechanics = 40;
        for (int m = 0; m < mechanics; m++) {
            send(post(url + "/mechanics", admin, "{\"name\":\"정비사 " + m + "\",\"dailyCapacityHours\":24}"), 201);
        }
        int parts = 50;
        for (int p = 1; p <= parts; p++) {
            send(
                    post(
                            url + "/vehicleParts",
                            admin,
                            "{\"partId\":\"B-" + p + "\",\"partName\":\"부품 " + p
                                    + "\",\"stock\":1000000,\"partPrice\":10000}"),
                    201);
        }
        send(
                post(
                        url + "/users",
                        admin,
                        "{\"username\":\"counter\",\"password\":\"Front-desk-77\",\"role\":\"RECEPTIONIST\"}"),
                201);
        String[] tokens = new String[Math.max(connections, 60)];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = login(url, "counter", "Front-desk-77");
        }
        long[] jobs = new long[32];
        Setup s = new Setup(tokens, admin, mechanics, parts, jobs, new AtomicLong());
        for (int j = 0; j < jobs.length; j++) {
            JsonNode r = send(post(url + "/receipts", admin, receiptBody(s, j)), 201);
            jobs[j] = r.path("jobId").asLong();
            send(post(url + "/jobs/" + jobs[j] + "/start", admin, "{}"), 200);
        }
        for (int i = 0; i < 500; i++) {
            send(post(url + "/receipts", admin, receiptBody(s, i)), 201);
        }
        s.receipts.set(532);
        return s;
    }

    @SuppressWarnings("ArrayRecordComponent") // a value holder, never compared or hashed
    record Setup(String[] tokens, String managerToken, int mechanics, int parts, long[] jobs, AtomicLong receipts) {
        long receiptId(int i) {
            return 1 + Math.floorMod(i * 7919L + System.nanoTime(), Math.max(1, receipts.get()));
        }
    }

    private static String receiptBody(Setup s, int i) {
        return "{\"customerName\":\"홍길동\",\"customerPhone\":\"010-1234-5678\",\"carId\":\"12가 3456\",\"mechanicId\":"
                + (1 + Math.floorMod(i, s.mechanics())) + ",\"estimatedHours\":0.01,\"request\":\"엔진오일 교환\"}";
    }

    // ---- closed-loop load --------------------------------------------------------------------

    /**
     * One phase's figures; {@code cpuMicros} is the CPU time the server side (every process this
     * benchmark started) spent per request: steadier than throughput on a shared machine, because
     * whatever else runs there slows the phase down but does not add to the server's own CPU time.
     */
    @SuppressWarnings("ArrayRecordComponent") // a value holder, never compared or hashed
    record Result(String name, long count, long errors, double seconds, long[] micros, double cpuMicros) {
        Result named(String n) {
            return new Result(n, count, errors, seconds, micros, cpuMicros);
        }

        double perSecond() {
            return count / seconds;
        }

        long pct(double p) {
            return micros.length == 0 ? 0 : micros[Math.min(micros.length - 1, (int) Math.ceil(p * micros.length) - 1)];
        }
    }

    private Result load(String name, int conns, IntFunction<HttpRequest> request, int expected) throws Exception {
        // Warm-up, not counted: C2 compiling the server's paths took 40% of the server's CPU in a
        // measured phase after a 2 s warm-up on 2 busy cores (per-thread CPU of the compiler threads),
        // and still took a share of it after 6 s.
        measure(conns, request, expected, WARM_UP_SECONDS, 0, 0);
        return measure(conns, request, expected, seconds, 0, 0).named(name);
    }

    /**
     * Open loop: {@code rate} requests a second spread over {@code conns} connections, each sent at
     * its planned time; latency counts from that planned time, so a stall also delays (and counts
     * against) the requests queued behind it rather than hiding them (no coordinated omission).
     */
    private Result paced(String name, int conns, int rate, IntFunction<HttpRequest> request, int expected)
            throws Exception {
        measure(conns, request, expected, 2, rate, 0);
        return measure(conns, request, expected, seconds, rate, 0).named(name);
    }

    /**
     * As {@link #load}, but the warm-up and the measured phase each send at most {@code limit}
     * requests (writes into a big database that the benchmark should not grow without bound).
     */
    private Result loadBounded(String name, int conns, IntFunction<HttpRequest> request, int expected, long limit)
            throws Exception {
        measure(conns, request, expected, Math.min(WARM_UP_SECONDS, seconds), 0, limit);
        return measure(conns, request, expected, seconds, 0, limit).named(name);
    }

    private Result measure(int conns, IntFunction<HttpRequest> request, int expected, int secs, int rate, long limit)
            throws Exception {
        AtomicLong issued = new AtomicLong();
        String name = "";
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        // Each connection's latencies, grown as needed: arrays sized for the worst case (64 x 16 MB)
        // had the driver zeroing and faulting in a gigabyte at the start of every phase.
        long[][] all = new long[conns][];
        int[] counts = new int[conns];
        AtomicLong errors = new AtomicLong();
        AtomicLong count = new AtomicLong();
        CountDownLatch done = new CountDownLatch(conns);
        long ticks0 = serverTicks();
        long t0 = System.nanoTime();
        for (int c = 0; c < conns; c++) {
            int worker = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                long[] lat = new long[4096];
                int n = 0;
                long interval = rate > 0 ? 1_000_000_000L * conns / rate : 0;
                long planned = t0 + (rate > 0 ? interval * worker / conns : 0);
                try {
                    while (System.nanoTime() < end && (limit == 0 || issued.incrementAndGet() <= limit)) {
                        long s = System.nanoTime();
                        if (rate > 0) {
                            if (planned > s) {
                                LockSupport.parkNanos(planned - s);
                            }
                            s = planned;
                            planned += interval;
                        }
                        HttpResponse<byte[]> r =
                                http.send(request.apply(worker), HttpResponse.BodyHandlers.ofByteArray());
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = (System.nanoTime() - s) / 1000;
                        if (r.statusCode() != expected) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                all[worker] = lat;
                counts[worker] = n;
                count.addAndGet(n);
                done.countDown();
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double took = (System.nanoTime() - t0) / 1e9;
        long ticks = serverTicks() - ticks0;
        long[] merged = new long[(int) count.get()];
        int k = 0;
        for (int c = 0; c < conns; c++) {
            System.arraycopy(all[c], 0, merged, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(merged);
        return new Result(
                name,
                count.get(),
                errors.get(),
                took,
                merged,
                count.get() == 0 ? 0 : ticks * (1e6 / CLOCK_TICKS) / count.get());
    }

    // ---- slow clients (issue 14) ----------------------------------------------------------------

    /**
     * /health from 127.0.0.1 on a new connection every 100 ms, for {@code seconds} each: alone,
     * while {@code n} slow clients on 127.0.0.3 trickle header lines, and the same against a server
     * with the guards turned off (no per-client limit, hour-long head and body timeouts: the
     * behaviour before issue 14).
     */
    private void slowClients(int n) throws Exception {
        final int timeoutMillis = 5_000;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean u) {
            System.out.printf(
                    "file descriptors: %d open, at most %d%n",
                    u.getOpenFileDescriptorCount(), u.getMaxFileDescriptorCount());
        }
        Path tmp = Files.createTempDirectory("shop-bench");
        List<String> rows = new ArrayList<>();
        rows.add(String.format(
                Locale.ROOT,
                "| GET /health from 127.0.0.1, new connection every 100 ms, %d s | answered | p50 | p99 | max | failed |",
                seconds));
        rows.add("|---|---|---|---|---|---|");
        for (boolean guarded : new boolean[] {true, false}) {
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(
                    "org.shopsuite.server.ShopServer",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "" + port,
                    "--data-dir",
                    tmp.resolve(guarded ? "guarded" : "unguarded").toString()));
            if (guarded) {
                // the default cap, named: start() turns it off for the other phases
                cmd.addAll(List.of("--max-connections-per-client", "100"));
            } else {
                cmd.addAll(List.of(
                        "--max-connections-per-client",
                        "0",
                        "--request-head-timeout",
                        "3600",
                        "--request-body-timeout",
                        "3600"));
            }
            Process server = start(guarded ? "server" : "server without the slow-client guards", cmd, port, "/health");
            String label = guarded ? "" : ", guards off (as before issue 14)";
            if (guarded) {
                SlowClients.probe(port, 2, timeoutMillis); // warm-up
                rows.add(SlowClients.row(
                        "no slow clients" + label, SlowClients.probe(port, seconds, timeoutMillis), timeoutMillis));
                System.out.println(rows.get(rows.size() - 1));
            }
            try (SlowClients slow = new SlowClients(port, n)) {
                slow.start();
                long[] micros = SlowClients.probe(port, seconds, timeoutMillis);
                rows.add(SlowClients.row(
                        String.format(Locale.ROOT, "%,d slow clients on 127.0.0.3%s", n, label),
                        micros,
                        timeoutMillis));
                System.out.println(rows.get(rows.size() - 1));
                System.out.printf(
                        "  slow clients: %d connects, %d closed by the server, %d connects failed, %d open at the end%n",
                        slow.connects.get(), slow.closedByServer.get(), slow.failedConnects.get(), slow.open());
            }
            server.destroy();
            server.waitFor();
            processes.remove(server);
        }
        System.out.println();
        rows.forEach(System.out::println);
    }

    // ---- event push --------------------------------------------------------------------------

    /*
     * 50 clients on the stream, read by one selector thread; receipts posted at a fixed rate
     * (open loop); latency from each event's occurredAt (stamped in the writing transaction, to the
     * millisecond, so it also counts the commit's wait and fsync) to its arrival at each client.
     */
    /**
     * The stream measured at 100 and 1,000 ev/s; with {@code --push-warm-up}, after 10 s at 1,000
     * ev/s unmeasured (the compiler threads take a third of a core through both measured phases
     * without it). With it, one push-only run of three ran the 96 MB heap into back-to-back full
     * collections in the second 1,000 ev/s phase: kept as an option to chase that down.
     */
    private void pushPhases(String url, Setup s) throws Exception {
        if (pushWarmUp) {
            push(url, s, 1000, false);
        }
        push(url, s, 100, true);
        push(url, s, 1000, true);
    }

    private void push(String url, Setup s, int eventsPerSecond, boolean measured) throws Exception {
        push(url, url, s, eventsPerSecond, measured, "event push, 50 clients", "commit to written");
    }

    /**
     * Receipts posted to {@code postUrl} at a pace, their events read by 50 stream clients of {@code
     * streamUrl} (the same server, or another on the same PostgreSQL database).
     */
    private void push(
            String postUrl,
            String url,
            Setup s,
            int eventsPerSecond,
            boolean measured,
            String label,
            String histogramLabel)
            throws Exception {
        int clients = 50;
        long lastSeq = lastSeq(url);
        // Room for every latency the phase can produce (twice the planned events), no more: 50 big
        // arrays would only give the driver's own GC work during the measurement.
        int capacity = (int) Math.min(2_000_000, 2L * eventsPerSecond * seconds + 10_000);
        try (StreamClients stream = new StreamClients(url, s.tokens(), clients, lastSeq, capacity)) {
            Thread.sleep(500);
            long[] buckets0 = pushBuckets(url);
            long ticks0 = serverTicks();
            int receiptsPerSecond = Math.max(1, eventsPerSecond / 3); // an accepted receipt is 3 events
            HttpClient http = HttpClient.newHttpClient();
            ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
            AtomicLong offered = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            java.util.concurrent.ScheduledFuture<?> task = pace.scheduleAtFixedRate(
                    () -> {
                        int i = (int) offered.getAndIncrement();
                        var unused = http.sendAsync(
                                        post(postUrl + "/receipts", s.tokens()[50 + i % 10], receiptBody(s, i)),
                                        HttpResponse.BodyHandlers.discarding())
                                .whenComplete((r, e) -> {
                                    if (e != null || r.statusCode() != 201) {
                                        failed.incrementAndGet();
                                    }
                                });
                    },
                    0,
                    1_000_000L / receiptsPerSecond,
                    TimeUnit.MICROSECONDS);
            Thread.sleep(seconds * 1000L);
            task.cancel(false);
            pace.shutdown();
            pace.awaitTermination(10, TimeUnit.SECONDS);
            Thread.sleep(200); // the last posts answered
            for (int wait = 0; wait < 50 && lastSeq(url) < lastSeq(postUrl); wait++) {
                Thread.sleep(100); // the stream's server has heard of the last ones
            }
            long expected = lastSeq(url) - lastSeq;
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline
                    && stream.clients().stream().anyMatch(c -> c.received < expected && !c.closedByServer)) {
                Thread.sleep(50);
            }
            long ticks = serverTicks() - ticks0;
            long[] buckets = pushBuckets(url);
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] -= buckets0[i];
            }
            long delivered = 0;
            long outOfOrder = 0;
            int n = 0;
            for (StreamClients.Client c : stream.clients()) {
                delivered += c.received;
                outOfOrder += c.outOfOrder;
                n += (int) Math.min(c.received, c.micros.length);
            }
            long[] micros = new long[n];
            int k = 0;
            for (StreamClients.Client c : stream.clients()) {
                int m = (int) Math.min(c.received, c.micros.length);
                System.arraycopy(c.micros, 0, micros, k, m);
                k += m;
            }
            Arrays.sort(micros);
            double rate = expected / (double) seconds;
            String problems = (outOfOrder + stream.protocolErrors() + failed.get()) == 0
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "; %d out of order, %d protocol errors, %d posts failed",
                            outOfOrder,
                            stream.protocolErrors(),
                            failed.get());
            if (!measured) {
                System.out.printf(
                        Locale.ROOT,
                        "event push warm-up at %d ev/s: delivered %d of %d%s%n",
                        eventsPerSecond,
                        delivered,
                        expected * clients,
                        problems);
                return;
            }
            table.add(String.format(
                    Locale.ROOT,
                    "| %s, target %d ev/s | %.0f ev/s x 50 | %.1f ms | %.1f ms | %.1f ms | delivered %d of %d%s | %.0f µs per event |",
                    label,
                    eventsPerSecond,
                    rate,
                    pct(micros, 0.50) / 1000.0,
                    pct(micros, 0.99) / 1000.0,
                    micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0,
                    delivered,
                    expected * clients,
                    problems,
                    expected == 0 ? 0 : ticks * (1e6 / CLOCK_TICKS) / expected));
            long all = buckets[buckets.length - 1];
            table.add(String.format(
                    Locale.ROOT,
                    "| of which %s, the server's histogram, %d ev/s | %d writes | %s | %s | | %.2f%% within 10 ms, %.2f%% within 5 ms | |",
                    histogramLabel,
                    eventsPerSecond,
                    all,
                    bucketFor(buckets, 0.50),
                    bucketFor(buckets, 0.99),
                    100.0 * buckets[indexOf(PUSH_BOUNDS, 0.01)] / Math.max(1, all),
                    100.0 * buckets[indexOf(PUSH_BOUNDS, 0.005)] / Math.max(1, all)));
        }
    }

    /** The upper bounds of the server's shop_event_push_seconds buckets, then +Inf. */
    private static final double[] PUSH_BOUNDS = {
        0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1, 5, Double.POSITIVE_INFINITY
    };

    /**
     * The server's own count of live events written to stream clients by time from commit
     * (cumulative, per bucket of PUSH_BOUNDS): what "commit to delivery" means without the
     * transaction's own work and fsync, which the driver's figures (from occurredAt) include.
     */
    private static long[] pushBuckets(String url) throws Exception {
        String text = HttpClient.newHttpClient()
                .send(get(url + "/metrics", null), HttpResponse.BodyHandlers.ofString())
                .body();
        long[] counts = new long[PUSH_BOUNDS.length];
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("shop_event_push_seconds_bucket{le=\"")) {
                String le = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                counts[indexOf(PUSH_BOUNDS, bound)] = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return counts;
    }

    private static int indexOf(double[] bounds, double bound) {
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] == bound) {
                return i;
            }
        }
        throw new IllegalStateException("the server's push histogram has no bucket " + bound);
    }

    /** "<= x ms": the smallest bound holding at least the fraction p of the observations. */
    private static String bucketFor(long[] cumulative, double p) {
        long all = cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (all > 0 && cumulative[i] >= Math.ceil(p * all)) {
                return Double.isInfinite(PUSH_BOUNDS[i])
                        ? "> 5 s"
                        : String.format(Locale.ROOT, "≤ %s ms", PUSH_BOUNDS[i] * 1000);
            }
        }
        return "none";
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    // ---- search on a big database ------------------------------------------------------------

    private void search(Path bigDb, Result constant) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of(
                "org.shopsuite.server.ShopServer",
                "--host",
                "127.0.0.1",
                "--port",
                "" + port,
                "--data-dir",
                bigDb.toString()));
        if (database != null) {
            args.addAll(List.of("--database", database)); // e.g. the big database moved by migrate-to-postgres
        }
        Process server = start("server on the big database", args, port, "/health");
        String url = "http://127.0.0.1:" + port;
        String[] tokens = new String[connections];
        for (int i = 0; i < connections; i++) {
            tokens[i] = login(url, "counter", Generate.PASSWORD);
        }
        String[] queries = {"3456", "010-12", "김민", "정우", "12가", "Sonata", "4821", "박지"};
        RssSampler rss = new RssSampler(server.pid());
        String[] few = Arrays.copyOf(tokens, 8);
        // The server was just started on the big database: the JIT compiling its search path took
        // as much CPU as the searches through the first measured phase after load()'s own 10 s
        // (JFR, per-thread CPU, on PostgreSQL), so searches are sent for a while first, as the
        // customers' figures do, and the figures are of a server that has been running.
        System.out.println("warming up: " + READ_WARM_UP_SECONDS + " s of searches on 8 connections");
        measure(
                8,
                i -> get(
                        url + "/receipts?limit=50&q=" + enc(queries[(int) (System.nanoTime() % queries.length)]),
                        few[i]),
                200,
                READ_WARM_UP_SECONDS,
                0,
                0);
        row(
                load(
                        "GET /receipts?q= (1,000,000 receipts, 8 connections)",
                        8,
                        i -> get(
                                url + "/receipts?limit=50&q="
                                        + java.net.URLEncoder.encode(
                                                queries[(int) (System.nanoTime() % queries.length)],
                                                java.nio.charset.StandardCharsets.UTF_8),
                                few[i]),
                        200),
                constant);
        row(
                paced(
                        "GET /receipts?q= (1,000,000 receipts) at 200/s (open loop)",
                        connections,
                        200,
                        i -> get(
                                url + "/receipts?limit=50&q="
                                        + java.net.URLEncoder.encode(
                                                queries[(int) (System.nanoTime() % queries.length)],
                                                java.nio.charset.StandardCharsets.UTF_8),
                                tokens[i]),
                        200),
                null);
        row(
                load(
                        "GET /receipts?q= (1,000,000 receipts)",
                        connections,
                        i -> get(
                                url + "/receipts?limit=50&q="
                                        + java.net.URLEncoder.encode(
                                                queries[(int) (System.nanoTime() % queries.length)],
                                                java.nio.charset.StandardCharsets.UTF_8),
                                tokens[i]),
                        200),
                constant);
        row(
                load(
                        "GET /statusPages?limit=50 (1,000,000 receipts)",
                        connections,
                        i -> get(url + "/statusPages?limit=50", tokens[i]),
                        200),
                constant);
        table.add(String.format(
                Locale.ROOT,
                "| server memory with the %d MB database (VmRSS, peak) | %d MB | | | | | |",
                Files.size(bigDb.resolve("shop.db")) / (1024 * 1024),
                rss.peakMb()));
        rss.stop();
        server.destroy();
    }

    /** A server on a fresh data folder with the setup's shop, and the seed's receipt measured first. */
    private record Fresh(String url, Setup setup, RssSampler rss, Result plain) {}

    private Fresh freshServer() throws Exception {
        Path tmp = Files.createTempDirectory("shop-bench");
        int port = freePort();
        Process server = start(
                "server",
                List.of(
                        "org.shopsuite.server.ShopServer",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--data-dir",
                        tmp.resolve("server").toString()),
                port,
                "/health");
        String url = "http://127.0.0.1:" + port;
        Setup s = setup(url);
        RssSampler rss = new RssSampler(server.pid());
        header();
        // every mechanic in turn, so later phases' hours (0.01 h a receipt) fit their days
        AtomicLong turn = new AtomicLong();
        Result plain = loadBounded(
                "POST /receipts (the seed's receipt)",
                Math.min(connections, 16),
                i -> post(url + "/receipts", s.tokens[i], receiptBody(s, (int) turn.getAndIncrement())),
                201,
                maxWrites);
        row(plain, null);
        return new Fresh(url, s, rss, plain);
    }

    // ---- estimates (issue 17) -----------------------------------------------------------------

    /** An estimate of 30 lines: 1 of labour (0.01 h, so approvals fit the days), 19 parts, 10 fees. */
    private static final String ESTIMATE_BODY;

    static {
        StringBuilder b = new StringBuilder("{\"lines\":[");
        for (int l = 0; l < 30; l++) {
            if (l > 0) {
                b.append(',');
            }
            if (l < 1) {
                b.append("{\"kind\":\"LABOR\",\"description\":\"공임 ").append(l).append("\",\"hours\":0.01}");
            } else if (l < 20) {
                b.append("{\"kind\":\"PART\",\"vehiclePartId\":")
                        .append(l)
                        .append(",\"quantity\":")
                        .append(1 + l % 3)
                        .append(",\"grade\":\"NEW\"}");
            } else {
                b.append("{\"kind\":\"FEE\",\"description\":\"기타 ").append(l).append("\",\"unitPrice\":5000}");
            }
        }
        ESTIMATE_BODY = b.append("]}").toString();
    }

    /**
     * Issue 17's figures on a fresh server: creating, presenting and approving estimates of 30 lines
     * (each against the seed's POST /receipts in the same run), and GET /estimates/{id} at 200/s
     * (open loop). Receipts of the first phase get the estimates, one each, in id order.
     */
    private void estimates() throws Exception {
        Fresh f = freshServer();
        String url = f.url();
        Setup s = f.setup();
        RssSampler rss = f.rss();
        int writers = Math.min(connections, 16);
        Result plain = f.plain();
        // receipts 33.. are waiting (the first 32 were started by the setup): one estimate each
        long lastReceipt = send(get(url + "/receipts?limit=1", s.tokens[0]), 200)
                .path("items")
                .path(0)
                .path("id")
                .asLong();
        long available = lastReceipt - 32;
        AtomicLong nextReceipt = new AtomicLong(33);
        Result create = loadBounded(
                "POST /receipts/{id}/estimates (30 lines)",
                writers,
                i -> post(
                        url + "/receipts/" + nextReceipt.getAndIncrement() + "/estimates", s.tokens[i], ESTIMATE_BODY),
                201,
                available / 2);
        row(create, plain);
        long created = nextReceipt.get() - 33;
        // estimates 1..created, their lines 30 each in id order (one writer: each insert is whole)
        AtomicLong nextPresent = new AtomicLong(1);
        Result present = loadBounded(
                "POST /estimates/{id}/present (30 lines)",
                writers,
                i -> post(url + "/estimates/" + nextPresent.getAndIncrement() + "/present", s.tokens[i], ""),
                200,
                created / 2);
        row(present, plain);
        long presented = nextPresent.get() - 1;
        long firstLine = send(get(url + "/estimates/1", s.tokens[0]), 200)
                .path("lines")
                .path(0)
                .path("id")
                .asLong();
        AtomicLong nextApproval = new AtomicLong(1);
        Result approve = loadBounded(
                "POST /estimates/{id}/approvals (30 lines approved)",
                writers,
                i -> {
                    long e = nextApproval.getAndIncrement();
                    StringBuilder b = new StringBuilder("{\"decisions\":[");
                    for (int l = 0; l < 30; l++) {
                        b.append(l == 0 ? "" : ",")
                                .append("{\"lineId\":")
                                .append(firstLine + (e - 1) * 30 + l)
                                .append(",\"decision\":\"APPROVED\"}");
                    }
                    b.append("],\"method\":\"PHONE\",\"customerName\":\"홍길동\"}");
                    return post(url + "/estimates/" + e + "/approvals", s.tokens[i], b.toString());
                },
                201,
                presented / 2);
        row(approve, plain);
        long approved = nextApproval.get() - 1;
        row(
                paced(
                        String.format(
                                Locale.ROOT,
                                "GET /estimates/{id} (30 lines, approved; %,d estimates) at 200/s (open loop)",
                                created),
                        connections,
                        200,
                        i -> get(
                                url + "/estimates/" + (1 + Math.floorMod(i * 7919L + System.nanoTime(), approved)),
                                s.tokens[i]),
                        200),
                null);
        table.add(String.format(
                Locale.ROOT,
                "| server memory (VmRSS, peak) | %d MB | | | | %,d estimates created, %,d presented, %,d approved | |",
                rss.peakMb(),
                created,
                presented,
                approved));
        rss.stop();
        System.out.println();
        table.forEach(System.out::println);
    }

    // ---- appointments (issue 18) ----------------------------------------------------------------

    /**
     * Issue 18's figures on a fresh server: 50 bays booked twice a day for the next 365 days (36,500
     * bookings, made first), then bookings of free quarter hours (half with a mechanic's hours)
     * against the seed's POST /receipts in the same run (closed loop), then GET /schedule and GET
     * /availability of a random day at 200/s (open loop).
     */
    private void appointments() throws Exception {
        Fresh f = freshServer();
        String url = f.url();
        Setup s = f.setup();
        RssSampler rss = f.rss();
        int writers = Math.min(connections, 16);
        Result plain = f.plain();
        String manager = s.managerToken();
        long[] bays = new long[50];
        for (int b = 0; b < bays.length; b++) {
            bays[b] = send(post(url + "/bays", manager, "{\"name\":\"리프트 " + (100 + b) + "\"}"), 201)
                    .path("id")
                    .asLong();
        }
        long customer = send(
                        post(url + "/customers", manager, "{\"name\":\"예약 고객\",\"phones\":[\"010-3333-4444\"]}"), 201)
                .path("id")
                .asLong();
        long vehicle = send(
                        post(url + "/vehicles", manager, "{\"plate\":\"88가 8888\",\"customerId\":" + customer + "}"),
                        201)
                .path("id")
                .asLong();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        int days = 365;
        long fill = (long) days * bays.length * 2;
        AtomicLong next = new AtomicLong();
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService fillers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int i = w;
            done.add(fillers.submit(() -> {
                for (long n = next.getAndIncrement(); n < fill; n = next.getAndIncrement()) {
                    int day = (int) (n % days);
                    int bay = (int) ((n / days) % bays.length);
                    String start = n / ((long) days * bays.length) == 0 ? "09:00" : "14:00";
                    send(
                            post(
                                    url + "/appointments",
                                    s.tokens[i],
                                    booking(customer, vehicle, today.plusDays(1 + day), start, "1", bays[bay], null)),
                            201);
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> d : done) {
            d.get();
        }
        fillers.shutdown();
        next.set(fill);
        System.out.printf(Locale.ROOT, "made %,d bookings in %.1f s%n", next.get(), (System.nanoTime() - t0) / 1e9);
        // then free quarter hours from 06:00, day by day and bay by bay
        AtomicLong free = new AtomicLong();
        Result book = loadBounded(
                "POST /appointments (a free quarter hour; half with a mechanic's hours)",
                writers,
                i -> {
                    long n = free.getAndIncrement();
                    int day = (int) (n % days);
                    int bay = (int) ((n / days) % bays.length);
                    int quarter = (int) (n / ((long) days * bays.length)) % 12;
                    String start = String.format(Locale.ROOT, "%02d:%02d", 6 + quarter / 4, quarter % 4 * 15);
                    Long mechanic = n % 2 == 0 ? null : Long.valueOf(1 + Math.floorMod(n / 2, (long) s.mechanics()));
                    return post(
                            url + "/appointments",
                            s.tokens[i],
                            booking(customer, vehicle, today.plusDays(1 + day), start, "0.25", bays[bay], mechanic));
                },
                201,
                maxWrites);
        row(book, plain);
        row(
                paced(
                        "GET /schedule?date= (50 bays, a day of 100+ bookings) at 200/s (open loop)",
                        connections,
                        200,
                        i -> get(
                                url + "/schedule?date="
                                        + today.plusDays(1 + Math.floorMod(i * 31L + System.nanoTime(), days)),
                                s.tokens[i]),
                        200),
                null);
        row(
                paced(
                        "GET /availability?date=&hours=1 (50 bays) at 200/s (open loop)",
                        connections,
                        200,
                        i -> get(
                                url + "/availability?hours=1&date="
                                        + today.plusDays(1 + Math.floorMod(i * 31L + System.nanoTime(), days)),
                                s.tokens[i]),
                        200),
                null);
        table.add(String.format(
                Locale.ROOT,
                "| server memory (VmRSS, peak) | %d MB | | | | %,d bookings | |",
                rss.peakMb(),
                next.get() + free.get()));
        rss.stop();
        System.out.println();
        table.forEach(System.out::println);
    }

    private static String booking(
            long customer,
            long vehicle,
            java.time.LocalDate date,
            String start,
            String hours,
            long bay,
            Long mechanic) {
        return "{\"customerId\":" + customer + ",\"vehicleId\":" + vehicle + ",\"date\":\"" + date
                + "\",\"startTime\":\"" + start + "\",\"hours\":" + hours + ",\"bayId\":" + bay
                + (mechanic == null ? "" : ",\"mechanicId\":" + mechanic)
                + ",\"request\":\"점검\",\"dropOff\":\"DROP\"}";
    }

    // ---- warranty comebacks and sublet work (issue 20) --------------------------------------

    /**
     * Issue 20's write paths against the seed's POST /receipts in the same run (closed loop):
     * registering comebacks (coverage computed from the windows, the board row updated), sending a
     * job's work out to a contractor, and the contractor completing orders (each order once).
     */
    private void warranty() throws Exception {
        Fresh f = freshServer();
        String url = f.url();
        Setup s = f.setup();
        RssSampler rss = f.rss();
        int writers = Math.min(connections, 16);
        Result plain = f.plain();
        String manager = s.managerToken();
        // finished repairs to come back: 0.01 h each, so they fit the mechanics' days
        long[] originals = new long[32];
        for (int k = 0; k < originals.length; k++) {
            JsonNode r = send(post(url + "/receipts", manager, receiptBody(s, k)), 201);
            long job = r.path("jobId").asLong();
            send(post(url + "/jobs/" + job + "/start", manager, "{}"), 200);
            send(post(url + "/jobs/" + job + "/finish", manager, "{\"laborHours\":0.01}"), 200);
            originals[k] = r.path("id").asLong();
        }
        AtomicLong claim = new AtomicLong();
        Result claims = loadBounded(
                "POST /warrantyClaims (coverage computed)",
                writers,
                i -> post(
                        url + "/warrantyClaims",
                        s.tokens[i],
                        "{\"originalReceiptId\":" + originals[(int) (claim.getAndIncrement() % originals.length)]
                                + ",\"complaint\":\"브레이크 소음 재발\",\"mileageKm\":1000}"),
                201,
                maxWrites);
        row(claims, plain);
        long supplier = send(post(url + "/suppliers", manager, "{\"name\":\"벤치 얼라인먼트\"}"), 201)
                .path("id")
                .asLong();
        AtomicLong sent = new AtomicLong();
        Result sublets = loadBounded(
                "POST /jobs/{id}/sublets",
                writers,
                i -> post(
                        url + "/jobs/" + s.jobs()[(int) (sent.getAndIncrement() % s.jobs().length)] + "/sublets",
                        s.tokens[i],
                        "{\"supplierId\":" + supplier + ",\"description\":\"휠 얼라인먼트\",\"cost\":40000,\"price\":55000}"),
                201,
                maxWrites);
        row(sublets, plain);
        // each order completed once: the warm-up and the measured phase share them
        long orders = sent.get();
        AtomicLong done = new AtomicLong();
        Result completed = loadBounded(
                "POST /subletOrders/{id}/complete",
                writers,
                i -> post(
                        url + "/subletOrders/" + (1 + done.getAndIncrement()) + "/complete",
                        s.tokens[i],
                        "{\"notes\":\"완료\",\"cost\":40000,\"vendorInvoiceNumber\":\"V-1\"}"),
                200,
                Math.max(1, orders / 2 - writers));
        row(completed, plain);
        table.add(String.format(Locale.ROOT, "| server memory (VmRSS, peak) | %d MB | | | | | |", rss.peakMb()));
        rss.stop();
        System.out.println();
        table.forEach(System.out::println);
    }

    // ---- the time clock (issue 21) ---------------------------------------------------------------

    /**
     * Pausing and resuming job clocks against the seed's POST /receipts in the same run (closed
     * loop): each writer works its own mechanic's job, so every request changes a clock (a pause
     * closes the running entry, a resume opens the next).
     */
    private void timeClock() throws Exception {
        Fresh f = freshServer();
        String url = f.url();
        Setup s = f.setup();
        RssSampler rss = f.rss();
        int writers = Math.min(connections, 16);
        Result plain = f.plain();
        String[] managers = new String[writers];
        for (int i = 0; i < writers; i++) {
            managers[i] = login(url, "admin", ADMIN_PASSWORD);
        }
        long[] steps = new long[writers];
        Result clocks = loadBounded(
                "POST /jobs/{id}/clock/pause and /resume (alternately)",
                writers,
                i -> {
                    boolean pause = steps[i]++ % 2 == 0;
                    return post(
                            url + "/jobs/" + s.jobs()[i] + "/clock/" + (pause ? "pause" : "resume"),
                            managers[i],
                            pause ? "{\"reason\":\"WAITING_PARTS\"}" : "{}");
                },
                200,
                maxWrites);
        row(clocks, plain);
        table.add(String.format(Locale.ROOT, "| server memory (VmRSS, peak) | %d MB | | | | | |", rss.peakMb()));
        rss.stop();
        System.out.println();
        table.forEach(System.out::println);
    }

    // ---- purchasing and counter sales (issue 19) ------------------------------------------------

    /**
     * Counter sales against the seed's POST /receipts in the same run (closed loop), then single
     * commits timed one after another: receiving a 50-line order (20 orders) and posting a count of
     * 2,000 parts (3 sheets). Latencies are the whole request, so an upper bound of each commit.
     */
    private void purchasing() throws Exception {
        Fresh f = freshServer();
        String url = f.url();
        Setup s = f.setup();
        RssSampler rss = f.rss();
        int writers = Math.min(connections, 16);
        Result plain = f.plain();
        AtomicLong sale = new AtomicLong();
        Result sales = loadBounded(
                "POST /counterSales (2 lines, cash)",
                writers,
                i -> {
                    long n = sale.getAndIncrement();
                    return post(
                            url + "/counterSales",
                            s.tokens[i],
                            "{\"lines\":[{\"vehiclePartId\":" + (1 + n % s.parts()) + ",\"quantity\":1},"
                                    + "{\"vehiclePartId\":" + (1 + (n + 7) % s.parts())
                                    + ",\"quantity\":2}],\"payment\":{\"amount\":100000,\"method\":\"CASH\"}}");
                },
                201,
                maxWrites);
        row(sales, plain);
        String manager = s.managerToken();
        long supplier = send(post(url + "/suppliers", manager, "{\"name\":\"벤치 상사\"}"), 201)
                .path("id")
                .asLong();
        StringBuilder lines = new StringBuilder();
        for (int p = 1; p <= 50; p++) {
            lines.append(p == 1 ? "" : ",")
                    .append("{\"vehiclePartId\":")
                    .append(p)
                    .append(",\"quantity\":4,\"unitCost\":5000}");
        }
        long[] receive = new long[20];
        for (int k = 0; k < receive.length; k++) {
            long order = send(
                            post(
                                    url + "/purchaseOrders",
                                    manager,
                                    "{\"supplierId\":" + supplier + ",\"lines\":[" + lines + "]}"),
                            201)
                    .path("id")
                    .asLong();
            send(post(url + "/purchaseOrders/" + order + "/order", manager, ""), 200);
            long t0 = System.nanoTime();
            send(
                    post(
                            url + "/purchaseOrders/" + order + "/receipts",
                            manager,
                            "{\"vendorInvoiceNumber\":\"B-" + k + "\",\"lines\":[" + lines + "]}"),
                    201);
            receive[k] = (System.nanoTime() - t0) / 1000;
        }
        table.add(timed("POST /purchaseOrders/{id}/receipts (50 lines; 20 orders, one after another)", receive));
        // 2,000 parts of their own for each of 3 sheets (the setup's parts are held by the sales above)
        long[] posting = new long[3];
        for (int run = 0; run < posting.length; run++) {
            StringBuilder ids = new StringBuilder();
            for (int p = 1; p <= 2000; p++) {
                long id = send(
                                post(
                                        url + "/vehicleParts",
                                        manager,
                                        "{\"partId\":\"C-" + run + "-" + p + "\",\"partName\":\"실사 부품 " + p
                                                + "\",\"stock\":100,\"partPrice\":1000}"),
                                201)
                        .path("id")
                        .asLong();
                ids.append(p == 1 ? "" : ",").append(id);
            }
            // one part scanned, the rest never: a blank line counts 0, so every other part posts its
            // whole stock as a difference (one sheet a run: it leaves those shelves empty)
            long sheet = send(post(url + "/stockCounts", manager, "{\"vehiclePartIds\":[" + ids + "]}"), 201)
                    .path("id")
                    .asLong();
            String first = ids.substring(0, ids.indexOf(","));
            send(
                    post(
                            url + "/stockCounts/" + sheet + "/scans",
                            manager,
                            "{\"vehiclePartId\":" + first + ",\"quantity\":1}"),
                    201);
            long t0 = System.nanoTime();
            JsonNode done = send(post(url + "/stockCounts/" + sheet + "/post", manager, ""), 200);
            posting[run] = (System.nanoTime() - t0) / 1000;
            if (done.path("lines").size() != 2000) {
                throw new IllegalStateException(
                        "a count of " + done.path("lines").size() + " parts");
            }
        }
        table.add(timed("POST /stockCounts/{id}/post (2,000 parts, each with a difference; 3 sheets)", posting));
        table.add(String.format(Locale.ROOT, "| server memory (VmRSS, peak) | %d MB | | | | | |", rss.peakMb()));
        rss.stop();
        System.out.println();
        table.forEach(System.out::println);
    }

    /** Starts a server on a generated database (its first start upgrades it); answers its URL. */
    private String startOnGenerated(Path bigDb) throws Exception {
        int port = freePort();
        startWaitTenths = 20 * 60 * 10; // the first start upgrades the database
        start(
                "server on the generated database",
                List.of(
                        "org.shopsuite.server.ShopServer",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--data-dir",
                        bigDb.toString()),
                port,
                "/health");
        String url = "http://127.0.0.1:" + port;
        return url;
    }

    /** The parts reconciliation over the last 365 days of a generated database, 10 times one after another. */
    private void reconciliation(Path bigDb) throws Exception {
        String url = startOnGenerated(bigDb);
        String manager = login(url, "manager", Generate.PASSWORD);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        String path = url + "/reports/partsReconciliation?from=" + today.minusDays(365) + "&to=" + today;
        header();
        long[] times = new long[10];
        int parts = 0;
        for (int k = 0; k < times.length; k++) {
            long t0 = System.nanoTime();
            JsonNode r = send(get(path, manager), 200);
            times[k] = (System.nanoTime() - t0) / 1000;
            parts = r.path("items").size();
        }
        table.add(timed(
                String.format(Locale.ROOT, "GET /reports/partsReconciliation (365 days, %d parts; 10 runs)", parts),
                times));
        System.out.println();
        table.forEach(System.out::println);
    }

    /**
     * Issue 21's reports over a generated database: the daily close at 1 request/s (the busiest
     * recent day and today), and each report over the last 365 days, one request after another.
     */
    private void reports(Path bigDb) throws Exception {
        String url = startOnGenerated(bigDb);
        String manager = login(url, "manager", Generate.PASSWORD);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        String year = "from=" + today.minusDays(365) + "&to=" + today;
        header();
        for (java.time.LocalDate day : List.of(today.minusDays(2), today)) {
            long[] times = new long[10];
            int issued = 0;
            send(get(url + "/reports/dailyClose?date=" + day, manager), 200); // warm-up, not counted
            Thread.sleep(1000);
            for (int k = 0; k < times.length; k++) {
                long planned = System.nanoTime();
                JsonNode r = send(get(url + "/reports/dailyClose?date=" + day, manager), 200);
                times[k] = (System.nanoTime() - planned) / 1000;
                issued = r.path("invoices").path("issued").asInt();
                Thread.sleep(Math.max(0, 1000 - times[k] / 1000)); // 1 request/s
            }
            table.add(timed(
                    String.format(Locale.ROOT, "GET /reports/dailyClose (%s, %d invoices issued; 1/s)", day, issued),
                    times));
        }
        String[][] yearly = {
            {"/reports/sales?" + year + "&groupBy=month", "sales by month, 365 days"},
            {"/reports/sales?" + year + "&groupBy=day", "sales by day, 365 days"},
            {"/reports/technicians?" + year, "technicians, 365 days"},
            {"/reports/receivables", "receivables"},
            {"/reports/sales?" + year + "&groupBy=month&format=csv", "sales CSV, 365 days"},
        };
        for (String[] r : yearly) {
            long[] times = new long[5];
            for (int k = 0; k < times.length; k++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> res =
                        SETUP.send(get(url + r[0], manager), HttpResponse.BodyHandlers.ofByteArray());
                times[k] = (System.nanoTime() - t0) / 1000;
                if (res.statusCode() != 200) {
                    throw new IllegalStateException(r[0] + " answered " + res.statusCode());
                }
            }
            table.add(timed("GET " + r[1] + " (5 runs)", times));
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /** A row of single requests timed one after another: count, p50, max. */
    private static String timed(String name, long[] micros) {
        long[] sorted = micros.clone();
        java.util.Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "| %s | %d requests | %.1f ms | | %.1f ms | | |",
                name,
                sorted.length,
                sorted[sorted.length / 2] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    // ---- customers and vehicles (issue 16) -----------------------------------------------------

    /**
     * Issue 16's figures on a generated database: plate lookup and customer search as you type at
     * 200/s (open loop), the history of a car with about 200 visits at 50/s (open loop), and receipt
     * creation through find-or-create (known and new plates and phones) against the seed's plain
     * receipt in the same run. The database is of the released schema until the server's first
     * start upgrades it: that start's time is printed ("started ... in N s").
     */
    private void customers(Path bigDb, String serverUrl) throws Exception {
        Workload w = Workload.read(bigDb.resolve("shop.db"));
        System.out.printf(
                Locale.ROOT,
                "sampled %d visits of %s; cars with the most visits: %s%n",
                w.names.size(),
                bigDb,
                w.heavy);
        // the durable-insert baseline, for the write phases' ratio to what this machine allows
        int basePort = freePort();
        start(
                "baseline",
                List.of(
                        "org.shopsuite.bench.Baseline",
                        "" + basePort,
                        Files.createTempDirectory("shop-bench")
                                .resolve("baseline")
                                .toString()),
                basePort,
                "/const");
        String base = "http://127.0.0.1:" + basePort;
        String url;
        Process server = null;
        if (serverUrl != null) {
            URI u = URI.create(serverUrl);
            if (!List.of("127.0.0.1", "localhost", "[::1]").contains(u.getHost())) {
                throw new IllegalArgumentException("loopback only: " + serverUrl);
            }
            url = serverUrl.replaceAll("/+$", "");
        } else {
            int port = freePort();
            startWaitTenths = 20 * 60 * 10; // the first start upgrades the database
            long t0 = System.nanoTime();
            server = start(
                    "server on the generated database",
                    List.of(
                            "org.shopsuite.server.ShopServer",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            "" + port,
                            "--data-dir",
                            bigDb.toString()),
                    port,
                    "/health");
            url = "http://127.0.0.1:" + port;
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(10)) {
                // a start that upgraded the database: let its aftermath (the write-ahead log's
                // checkpoint) pass before measuring
                System.out.println("the start took more than 10 s (an upgrade?): 15 s before the first phase");
                Thread.sleep(15_000);
            }
        }
        String[] tokens = new String[connections];
        for (int i = 0; i < connections; i++) {
            tokens[i] = login(url, "counter", Generate.PASSWORD);
        }
        RssSampler rss = server == null ? null : new RssSampler(server.pid());
        header();
        String rows = String.format(Locale.ROOT, "%,d receipts", w.receipts);

        // A server just started still compiles its hot paths (the JIT took a tenth of the machine
        // through the first phases): the latency figures are of a server that has been running,
        // so lookups and searches are sent for a while first, at the phases' rate, not measured.
        System.out.println("warming up: " + READ_WARM_UP_SECONDS + " s of lookups and searches at 200/s");
        measure(
                connections,
                i -> i % 2 == 0
                        ? get(url + "/vehicles?plate=" + enc(w.plateTyped(i)), tokens[i])
                        : get(url + "/customers?q=" + enc(w.query(i)), tokens[i]),
                200,
                READ_WARM_UP_SECONDS,
                200,
                0);

        // (a) plate lookup, typed with a space, and search as you type
        row(
                paced(
                        "GET /vehicles?plate= (typed with a space; " + rows + ") at 200/s (open loop)",
                        connections,
                        200,
                        i -> get(url + "/vehicles?plate=" + enc(w.plateTyped(i)), tokens[i]),
                        200),
                null);
        row(
                paced(
                        "GET /customers?q= (name prefix, phone last 4, plate fragment; " + rows
                                + ") at 200/s (open loop)",
                        connections,
                        200,
                        i -> get(url + "/customers?q=" + enc(w.query(i)), tokens[i]),
                        200),
                null);

        // (b) the history of the cars with the most visits
        List<Long> ids = new ArrayList<>();
        int items = -1;
        for (String plate : w.heavy) {
            long id;
            try {
                id = vehicleId(send(get(url + "/vehicles?plate=" + enc(spaced(plate)), tokens[0]), 200));
            } catch (IllegalStateException e) {
                System.out.println("no vehicle: " + e.getMessage());
                continue;
            }
            if (id > 0) {
                ids.add(id);
                if (items < 0) {
                    items = send(get(url + "/vehicles/" + id + "/history", tokens[0]), 200)
                            .path("items")
                            .size();
                }
            }
        }
        if (ids.isEmpty()) {
            System.out.println("no vehicle found for " + w.heavy + ": no history phase");
        } else {
            row(
                    paced(
                            String.format(
                                    Locale.ROOT,
                                    "GET /vehicles/{id}/history (a car with ~%d visits; %d items in the answer) at 50/s (open loop)",
                                    w.heavyVisits,
                                    items),
                            connections,
                            50,
                            i -> get(
                                    url + "/vehicles/" + ids.get(Math.floorMod(i, ids.size())) + "/history", tokens[i]),
                            200),
                    null);
        }

        // (c) receipt creation: the seed's fixed receipt, then find-or-create with repeat customers
        String manager = login(url, "manager", Generate.PASSWORD);
        int mechanics = 40;
        int writers = Math.min(connections, 16);
        String insertBody = w.receiptBody(1);
        Result insert = loadBounded(
                "POST /insert (baseline, " + writers + " connections)",
                writers,
                i -> post(base + "/insert", null, insertBody),
                201,
                maxWrites);
        row(insert, null);
        // The seed's receipt: every one for the same car, which stays in the shop, so each answer
        // also warns that it is (VEHICLE_ALREADY_IN_SHOP). Both phases send the odometer reading, as
        // the seed's receipt has it, so the ratio is the cost of finding or creating the records.
        // Each phase books its own fresh mechanics: the capacity check sums a mechanic's day, so a
        // phase on mechanics the one before it had loaded would pay for those jobs too.
        int first = benchMechanics(url, manager, mechanics);
        java.util.concurrent.atomic.AtomicLong odometer = new java.util.concurrent.atomic.AtomicLong(200_000);
        Result plain = loadBounded(
                "POST /receipts (the seed's receipt: one customer, one car, its odometer reading)",
                writers,
                i -> post(
                        url + "/receipts",
                        tokens[i],
                        "{\"customerName\":\"홍길동\",\"customerPhone\":\"010-1234-5678\",\"carId\":\"12가 3456\","
                                + "\"mechanicId\":" + (first + Math.floorMod(i, mechanics))
                                + ",\"estimatedHours\":0.01,\"request\":\"엔진오일 교환\",\"vehicle\":{\"mileageKm\":"
                                + odometer.incrementAndGet() + "}}"),
                201,
                maxWrites);
        row(plain, insert);
        int fresh = benchMechanics(url, manager, mechanics);
        Result findOrCreate = loadBounded(
                "POST /receipts find-or-create (60% known car, 10% known phone + new car, 30% new)",
                writers,
                i -> post(url + "/receipts", tokens[i], w.receiptBody(fresh + Math.floorMod(i, mechanics))),
                201,
                maxWrites);
        row(findOrCreate, plain);
        table.add(String.format(
                Locale.ROOT,
                "| of which: find-or-create vs the durable insert (baseline) | %.0f%% | | | | (docs/benchmarks.md: the seed's"
                        + " POST /receipts was 62-74%% of it before issue 16) | |",
                100 * findOrCreate.perSecond() / insert.perSecond()));
        if (rss != null) {
            table.add(String.format(
                    Locale.ROOT,
                    "| server memory with the %d MB database (VmRSS, peak) | %d MB | | | | | |",
                    Files.size(bigDb.resolve("shop.db")) / (1024 * 1024),
                    rss.peakMb()));
            rss.stop();
        }
        if (server == null) {
            table.add(
                    "(server given by --server-url: its CPU is not in the last column, which counts the baseline only)");
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /** Adds {@code count} mechanics with a 24-hour day; answers the first one's id (theirs are consecutive). */
    private static int benchMechanics(String url, String manager, int count) throws Exception {
        int first = Integer.MAX_VALUE;
        for (int m = 0; m < count; m++) {
            JsonNode created = send(
                    post(
                            url + "/mechanics",
                            manager,
                            "{\"name\":\"벤치 정비사 " + m + " " + System.nanoTime() % 100_000
                                    + "\",\"dailyCapacityHours\":24}"),
                    201);
            first = Math.min(first, created.path("id").asInt());
        }
        return first;
    }

    /** The id of the first vehicle in a {@code GET /vehicles} answer (a list, {items}, or one). */
    private static long vehicleId(JsonNode found) {
        JsonNode first = found.isArray()
                ? found.path(0)
                : found.has("items") ? found.path("items").path(0) : found;
        return first.path("id").asLong(-1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A standard plate with a space before its number ("12가 3456"); others as they are. */
    static String spaced(String plate) {
        String p = plate.replace(" ", "").replace("-", "");
        int n = p.length();
        if (n >= 5 && p.charAt(n - 5) >= '가' && p.charAt(n - 5) <= '힣') {
            return p.substring(0, n - 4) + " " + p.substring(n - 4);
        }
        return plate.strip();
    }

    /**
     * What the counter types, sampled from a generated database before the server opens it: names,
     * phones and plates of past visits, and the plates of the cars with the most visits.
     */
    static final class Workload {
        /**
         * The generated history (up to yesterday in the shop's zone), not what earlier runs of this
         * benchmark added today.
         */
        private static final String GENERATED = "request_date < date('now', '+9 hours')";

        final List<String> names = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<String> plates = new ArrayList<>();
        final List<String> heavy = new ArrayList<>();
        final AtomicLong fresh = new AtomicLong();
        long receipts;
        long heavyVisits;

        static Workload read(Path db) throws Exception {
            Workload w = new Workload();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
                    java.sql.Statement s = c.createStatement()) {
                try (java.sql.ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM receipts")) {
                    r.next();
                    w.receipts = r.getLong(1);
                }
                long step = Math.max(1, w.receipts / 4_000);
                try (java.sql.ResultSet r =
                        s.executeQuery("SELECT customer_name, customer_phone, car_id FROM receipts WHERE id % " + step
                                + " = 0 AND " + GENERATED)) {
                    while (r.next()) {
                        w.names.add(r.getString(1));
                        w.phones.add(r.getString(2) == null ? "" : r.getString(2));
                        w.plates.add(r.getString(3));
                    }
                }
                try (java.sql.ResultSet r = s.executeQuery(
                        "SELECT REPLACE(REPLACE(car_id, ' ', ''), '-', '') AS p, COUNT(*) AS n FROM receipts WHERE "
                                + GENERATED + " GROUP BY p HAVING n >= " + Fleet.HEAVY_VISITS * 3 / 4
                                + " ORDER BY ABS(n - " + Fleet.HEAVY_VISITS + "), p LIMIT 5")) {
                    while (r.next()) {
                        w.heavy.add(r.getString(1));
                        w.heavyVisits = Math.max(w.heavyVisits, r.getLong(2));
                    }
                }
            }
            if (w.names.isEmpty()) {
                throw new IllegalStateException(db + " has no receipts");
            }
            // a fresh series of new plates per run, so that a second run still creates cars
            w.fresh.set(System.currentTimeMillis() / 1000 % 1_000_000 * 1000);
            return w;
        }

        private int pick(int i) {
            return (int) Math.floorMod(i * 7919L + System.nanoTime(), (long) names.size());
        }

        String plateTyped(int i) {
            return spaced(plates.get(pick(i)));
        }

        /** As typed in the search box: "김", "김민", a phone's last 4 digits, a plate's start. */
        String query(int i) {
            int k = pick(i);
            String name = names.get(k);
            String phone = phones.get(k).replace("-", "");
            String plate = plates.get(k).replace(" ", "").replace("-", "");
            return switch (Math.floorMod(k, 4)) {
                case 0 -> name.substring(0, 1);
                case 1 -> name.substring(0, Math.min(2, name.length()));
                case 2 -> phone.length() >= 4 ? phone.substring(phone.length() - 4) : name.substring(0, 1);
                default -> plate.substring(0, Math.min(plate.length(), 4));
            };
        }

        /**
         * A receipt in the seed's fields: 60% a known car with its customer as typed before, 10% a
         * known customer's phone with a new car, 30% a new customer with a new car.
         */
        String receiptBody(int mechanicId) {
            long n = fresh.incrementAndGet();
            int k = pick((int) n);
            int roll = (int) Math.floorMod(n * 31, 10L);
            String name;
            String phone;
            String plate;
            if (roll < 6) {
                name = names.get(k);
                phone = phones.get(k);
                plate = plates.get(k);
            } else {
                long x = Math.floorMod(n * 2_654_435_761L, 900L * 10_000);
                plate = (100 + x % 900) + (roll < 7 ? "바 " : "사") + String.format(Locale.ROOT, "%04d", x / 900);
                if (roll < 7) {
                    name = names.get(k);
                    phone = phones.get(k);
                } else {
                    name = "신규" + n % 1000;
                    phone = String.format(Locale.ROOT, "010-9%03d-%04d", n / 10_000 % 1000, n % 10_000);
                }
            }
            return "{\"customerName\":" + quote(name) + ",\"customerPhone\":"
                    + (phone.isEmpty() ? "null" : quote(phone)) + ",\"carId\":" + quote(plate) + ",\"mechanicId\":"
                    + mechanicId + ",\"estimatedHours\":0.01,\"request\":\"엔진오일 교환\",\"vehicle\":{\"mileageKm\":"
                    + (100_000 + n % 100_000) + "}}";
        }

        private static String quote(String s) {
            try {
                return JSON.writeValueAsString(s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private static final int WARM_UP_SECONDS = 10;

    /** Reads sent to a freshly started server before its latency figures (the JIT settles). */
    private static final int READ_WARM_UP_SECONDS = 20;

    /** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/stat. */
    private static final double CLOCK_TICKS = 100;

    /** User and system CPU time of the processes this benchmark started, in clock ticks. */
    private long serverTicks() {
        long sum = 0;
        for (Process p : processes) {
            try {
                String stat = Files.readString(Path.of("/proc", "" + p.pid(), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                // gone, or not Linux: counts as nothing
            }
        }
        return sum;
    }

    private void header() {
        table.add(String.format(
                Locale.ROOT,
                "| benchmark (%d connections, %d s each) | throughput | p50 | p99 | max | vs baseline | server CPU per request |",
                connections,
                seconds));
        table.add("|---|---|---|---|---|---|---|");
    }

    private void row(Result r, Result baseline) {
        String ratio = baseline == null
                ? ""
                : String.format(
                        Locale.ROOT, "%.0f%% of %s", 100 * r.perSecond() / baseline.perSecond(), baseline.name());
        String cpu = String.format(Locale.ROOT, "%.0f µs", r.cpuMicros());
        if (baseline != null && baseline.cpuMicros() > 0) {
            cpu += String.format(Locale.ROOT, " (%.1fx)", r.cpuMicros() / baseline.cpuMicros());
        }
        table.add(String.format(
                Locale.ROOT,
                "| %s | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %s%s | %s |",
                r.name(),
                r.perSecond(),
                r.pct(0.50) / 1000.0,
                r.pct(0.99) / 1000.0,
                r.micros().length == 0 ? 0 : r.micros()[r.micros().length - 1] / 1000.0,
                ratio,
                r.errors() == 0 ? "" : ", " + r.errors() + " ERRORS",
                cpu));
        System.out.println(table.get(table.size() - 1));
    }

    private Process start(String what, List<String> mainAndArgs, int port, String ready) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Packaged.serverJvmOptions()); // the baseline too: the same JVM for both
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        String extra = System.getenv("BENCH_SERVER_JVM_ARGS"); // e.g. a JFR recording while profiling
        if (extra != null && !extra.isBlank() && mainAndArgs.get(0).endsWith("ShopServer")) {
            cmd.addAll(cmd.indexOf("-cp"), List.of(extra.strip().split("\\s+")));
        }
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("bench-" + what.replace(' ', '-'), ".log")
                        .toFile());
        pb.environment().put("MALLOC_ARENA_MAX", "2"); // as the packaged service runs
        pb.environment().put("SHOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("SHOP_RATE_LIMIT", "0");
        // one load driver on loopback stands for a whole shop's clients: no cap per address
        pb.environment().put("SHOP_MAX_CONNECTIONS_PER_CLIENT", "0");
        pb.environment().put("SHOP_BACKUPS_AUTOMATIC", "false");
        pb.environment().put("SHOP_LOG_LEVEL", "WARN");
        Process p = pb.start();
        processes.add(p);
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        for (int i = 0; i < startWaitTenths; i++) {
            try {
                if (http.send(get("http://127.0.0.1:" + port + ready, null), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    System.out.printf(
                            Locale.ROOT,
                            "started %s (pid %d) in %.1f s%n",
                            what,
                            p.pid(),
                            (System.nanoTime() - t0) / 1e9);
                    return p;
                }
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(what + " did not start");
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.GET().build();
    }

    private static HttpRequest post(String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** One client for the setup's requests (a client a request costs its own threads and connection). */
    private static final HttpClient SETUP = HttpClient.newHttpClient();

    private static JsonNode send(HttpRequest r, int expected) throws Exception {
        HttpResponse<String> res = SETUP.send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != expected) {
            throw new IllegalStateException(r.uri() + " -> " + res.statusCode() + " " + res.body());
        }
        return JSON.readTree(res.body());
    }

    private static String login(String url, String user, String password) throws Exception {
        return send(
                        post(
                                url + "/auth/login",
                                null,
                                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"),
                        200)
                .path("token")
                .asText();
    }

    /**
     * The seq of the newest committed event, from the server's metrics: walking /events to its end
     * would put the parsing of every event of the phase into the measured server CPU.
     */
    private static long lastSeq(String url) throws Exception {
        String text = HttpClient.newHttpClient()
                .send(get(url + "/metrics", null), HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?m)^shop_event_seq (\\d+)").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no shop_event_seq in the server's metrics");
        }
        return Long.parseLong(m.group(1));
    }

    private static int freePort() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Samples a process's resident memory every 200 ms and keeps the peak. */
    private static final class RssSampler {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rss-sampler");
            t.setDaemon(true); // a run of some phases only must still end
            return t;
        });
        private final AtomicLong peakKb = new AtomicLong();

        RssSampler(long pid) {
            var unused = timer.scheduleAtFixedRate(
                    () -> {
                        try {
                            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                                if (line.startsWith("VmRSS:")) {
                                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                                    peakKb.accumulateAndGet(kb, Math::max);
                                }
                            }
                        } catch (Exception e) {
                            // the process ended
                        }
                    },
                    0,
                    200,
                    TimeUnit.MILLISECONDS);
        }

        long peakMb() {
            return peakKb.get() / 1024;
        }

        void stop() {
            timer.shutdownNow();
        }
    }
}
