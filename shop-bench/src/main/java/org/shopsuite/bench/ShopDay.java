package org.shopsuite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.shopsuite.model.Json;

/**
 * A shop's working day, compressed into a given time, against a server holding a generated
 * database: the counter takes receipts at a steady pace (some rejected when a mechanic's day is
 * full), and each accepted one goes on by itself: started, one or two parts requested, finished
 * (invoice), paid. Used by {@link DesktopBench} to feed a desktop app a day of live events.
 *
 * <p>{@code ShopDay URL MINUTES RECEIPTS}
 */
public final class ShopDay {
    private static final ObjectMapper JSON = Json.newMapper();
    private static final String[] NAMES = {"김하늘", "이도윤", "박서연", "최민준", "정수아", "강지호", "윤채원", "장우진"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String counter;
    private final String manager;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private ShopDay(String url) throws Exception {
        this.url = url;
        this.counter = login("counter");
        this.manager = login("manager");
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        double minutes = Double.parseDouble(args[1]);
        int receipts = Integer.parseInt(args[2]);
        new ShopDay(url).run(minutes, receipts);
    }

    private void run(double minutes, int receipts) throws Exception {
        long dayMs = (long) (minutes * 60_000);
        long everyMs = Math.max(1, dayMs * 8 / 10 / receipts); // receipts in the first 80% of the day
        long stepMs = Math.max(1, (dayMs - everyMs * receipts) / 5); // then each job's steps
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < receipts; i++) {
            int n = i;
            int mechanic = 1 + random.nextInt(Generate.MECHANICS);
            int part = 1 + random.nextInt(Generate.PARTS);
            var unused =
                    timer.schedule(() -> receipt(timer, n, mechanic, part, stepMs), n * everyMs, TimeUnit.MILLISECONDS);
        }
        timer.schedule(() -> {}, dayMs, TimeUnit.MILLISECONDS).get();
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("day over: %d requests, %d failed%n", requests.get(), failures.get());
    }

    private void receipt(ScheduledExecutorService timer, int n, int mechanic, int part, long stepMs) {
        String body = "{\"customerName\":\"" + NAMES[n % NAMES.length] + "\",\"customerPhone\":\"010-5555-"
                + String.format("%04d", n % 10_000) + "\",\"carId\":\"" + (10 + n % 90) + "하 "
                + String.format("%04d", n % 10_000)
                + "\",\"mechanicId\":" + mechanic + ",\"estimatedHours\":" + (n % 2 == 0 ? "0.25" : "0.5")
                + ",\"request\":\"정기 점검 " + n + "\"}";
        JsonNode r = send("POST", "/receipts", counter, body, 201);
        if (r == null || !r.path("status").asText().equals("ACCEPTED")) {
            return;
        }
        long job = r.path("jobId").asLong();
        var unusedStart = timer.schedule(
                () -> {
                    send("POST", "/jobs/" + job + "/start", manager, "{}", 200);
                    var unusedParts = timer.schedule(
                            () -> {
                                send(
                                        "POST",
                                        "/jobs/" + job + "/partRequests",
                                        manager,
                                        "{\"vehiclePartId\":" + part + ",\"quantity\":1}",
                                        201);
                                send(
                                        "POST",
                                        "/jobs/" + job + "/partRequests",
                                        manager,
                                        "{\"vehiclePartId\":" + (1 + part % Generate.PARTS) + ",\"quantity\":2}",
                                        201);
                                var unusedFinish = timer.schedule(
                                        () -> {
                                            JsonNode done = send(
                                                    "POST",
                                                    "/jobs/" + job + "/finish",
                                                    manager,
                                                    "{\"laborHours\":0.5}",
                                                    200);
                                            if (done != null && done.hasNonNull("invoiceId")) {
                                                long invoice =
                                                        done.path("invoiceId").asLong();
                                                var unusedPay = timer.schedule(
                                                        () -> {
                                                            JsonNode inv = send(
                                                                    "GET", "/invoices/" + invoice, counter, null, 200);
                                                            if (inv != null) {
                                                                send(
                                                                        "POST",
                                                                        "/invoices/" + invoice + "/payments",
                                                                        counter,
                                                                        "{\"amount\":"
                                                                                + inv.path("balance")
                                                                                        .asLong()
                                                                                + ",\"method\":\"CARD\"}",
                                                                        201);
                                                            }
                                                        },
                                                        stepMs,
                                                        TimeUnit.MILLISECONDS);
                                            }
                                        },
                                        stepMs,
                                        TimeUnit.MILLISECONDS);
                            },
                            stepMs,
                            TimeUnit.MILLISECONDS);
                },
                stepMs,
                TimeUnit.MILLISECONDS);
    }

    private String login(String user) throws Exception {
        JsonNode r = send(
                "POST",
                "/auth/login",
                null,
                "{\"username\":\"" + user + "\",\"password\":\"" + Generate.PASSWORD + "\"}",
                200);
        if (r == null) {
            throw new IllegalStateException("cannot log in as " + user);
        }
        return r.path("token").asText();
    }

    private JsonNode send(String method, String path, String token, String body, int expected) {
        requests.incrementAndGet();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != expected) {
                failures.incrementAndGet();
                System.err.println(method + " " + path + " -> " + res.statusCode() + " " + res.body());
                return null;
            }
            return JSON.readTree(res.body());
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println(method + " " + path + " failed: " + e);
            return null;
        }
    }
}
