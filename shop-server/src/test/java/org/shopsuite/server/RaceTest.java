package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Many clients racing for a mechanic's last hours and a part's last units. */
class RaceTest {
    static final int CLIENTS = 32;

    @TempDir
    Path dir;

    TestServer server;
    Api manager;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void concurrentReceiptsNeverOverbookAMechanicsDay() throws Exception {
        long mechanicId = Shop.mechanic(manager, "이서준", "8");
        Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        // 32 requests of 1.5 h against 8 h: exactly 5 fit (7.5 h).
        List<Api.Res> results = race(() -> Shop.receipt(counter, mechanicId, "1.5"));

        assertThat(results).allMatch(r -> r.status() == 201);
        long accepted =
                results.stream().filter(r -> status(r).equals("ACCEPTED")).count();
        long rejected =
                results.stream().filter(r -> status(r).equals("REJECTED")).count();
        assertThat(accepted).isEqualTo(5);
        assertThat(rejected).isEqualTo(CLIENTS - 5);
        JsonNode capacity =
                manager.get("/mechanics/" + mechanicId + "/capacity").json();
        assertThat(capacity.path("bookedHours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(manager.get("/jobs?limit=500").json().path("items")).hasSize(5);
        assertThat(manager.get("/statusPages?limit=500").json().path("items")).hasSize(CLIENTS);
    }

    @Test
    void concurrentPartRequestsNeverDriveStockNegative() throws Exception {
        long mechanicId = Shop.mechanic(manager, "박지훈", "24");
        Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        Api mechanic = Shop.user(manager, "park", "MECHANIC", mechanicId);
        long partId = Shop.part(manager, "BAT-80", "배터리 80Ah", 5, 145_000);
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long jobId =
                    Shop.receipt(counter, mechanicId, "1").json().path("jobId").asLong();
            mechanic.post("/jobs/" + jobId + "/start", null);
            jobs.add(jobId);
        }
        int[] next = {0};
        List<Api.Res> results = race(() -> {
            long jobId;
            synchronized (next) {
                jobId = jobs.get(next[0]++ % jobs.size());
            }
            return mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", partId, "quantity", 1));
        });

        assertThat(results).allMatch(r -> r.status() == 201);
        assertThat(results.stream().filter(r -> status(r).equals("ISSUED")).count())
                .isEqualTo(5);
        assertThat(results.stream().filter(r -> status(r).equals("REJECTED")).count())
                .isEqualTo(CLIENTS - 5);
        assertThat(manager.get("/vehicleParts/" + partId).json().path("stock").asInt())
                .isZero();
        JsonNode ledger = manager.get("/vehicleParts/" + partId + "/movements?limit=500")
                .json()
                .path("items");
        assertThat(ledger).hasSize(6); // the initial stock and five issues
        assertThat(ledger.get(0).path("stockAfter").asInt()).isZero();
    }

    @Test
    void concurrentPartialReturnsNeverGiveBackMoreThanWasIssued() throws Exception {
        long mechanicId = Shop.mechanic(manager, "최유나", "24");
        Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        Api mechanic = Shop.user(manager, "choi", "MECHANIC", mechanicId);
        long partId = Shop.part(manager, "SP-4", "점화플러그", 5, 12_000);
        long jobId = Shop.receipt(counter, mechanicId, "1").json().path("jobId").asLong();
        mechanic.post("/jobs/" + jobId + "/start", null);
        long requestId = mechanic.post("/jobs/" + jobId + "/partRequests", obj("vehiclePartId", partId, "quantity", 5))
                .id();
        // 32 returns of 2 against 5 issued: exactly two fit (4 back), the rest are out of range.
        List<Api.Res> results = race(
                () -> mechanic.post("/jobs/" + jobId + "/partRequests/" + requestId + "/return", obj("quantity", 2)));

        assertThat(results.stream().filter(r -> r.status() == 200).count()).isEqualTo(2);
        assertThat(results.stream().filter(r -> r.status() == 400).count()).isEqualTo(CLIENTS - 2);
        assertThat(manager.get("/vehicleParts/" + partId).json().path("stock").asInt())
                .isEqualTo(4);
        JsonNode request =
                manager.get("/jobs/" + jobId).json().path("partRequests").get(0);
        assertThat(request.path("returnedQuantity").asInt()).isEqualTo(4);
        assertThat(request.path("status").asText()).isEqualTo("ISSUED");
        assertThat(request.path("version").asLong()).isEqualTo(3);
        JsonNode ledger = manager.get("/vehicleParts/" + partId + "/movements?limit=500")
                .json()
                .path("items");
        assertThat(ledger).hasSize(4); // the initial stock, the issue and two returns
        assertThat(ledger.get(0).path("stockAfter").asInt()).isEqualTo(4);
    }

    @Test
    void concurrentRefundsNeverTakePaidBelowZero() throws Exception {
        long invoice = paidInvoice();
        long total = manager.get("/invoices/" + invoice).json().path("total").asLong();
        long each = total / 3 + 1; // two fit, a third does not
        List<Api.Res> results = race(() -> manager.post(
                "/invoices/" + invoice + "/refunds", obj("amount", each, "method", "CASH", "reason", "환불")));

        assertThat(results.stream().filter(r -> r.status() == 201).count()).isEqualTo(2);
        assertThat(results.stream().filter(r -> r.status() == 400).count()).isEqualTo(CLIENTS - 2);
        JsonNode inv = manager.get("/invoices/" + invoice).json();
        assertThat(inv.path("paid").asLong()).isEqualTo(total - 2 * each).isNotNegative();
        assertThat(inv.path("payments")).hasSize(3);
        assertThat(inv.path("status").asText()).isEqualTo("PARTIALLY_PAID");
    }

    @Test
    void concurrentVoidsOfOnePaymentVoidItExactlyOnce() throws Exception {
        long invoice = paidInvoice();
        long payment = manager.get("/invoices/" + invoice)
                .json()
                .path("payments")
                .get(0)
                .path("id")
                .asLong();
        List<Api.Res> results = race(() -> manager.post("/payments/" + payment + "/void", obj("reason", "이중 결제")));

        assertThat(results.stream().filter(r -> r.status() == 201).count()).isEqualTo(1);
        assertThat(results.stream().filter(r -> r.status() == 409).count()).isEqualTo(CLIENTS - 1);
        JsonNode inv = manager.get("/invoices/" + invoice).json();
        assertThat(inv.path("paid").asLong()).isZero();
        assertThat(inv.path("payments")).hasSize(2);
        assertThat(inv.path("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void concurrentDeliveriesNeverReceiveMoreThanWasOrdered() throws Exception {
        long part = manager.post(
                        "/vehicleParts",
                        obj(
                                "partId",
                                "RC-1",
                                "partName",
                                "경합 부품",
                                "stock",
                                0,
                                "partPrice",
                                2_000,
                                "costPrice",
                                1_000,
                                "reorderPoint",
                                0))
                .id();
        long supplier = manager.post("/suppliers", obj("name", "경합 상사")).id();
        long order = manager.post(
                        "/purchaseOrders",
                        obj(
                                "supplierId",
                                supplier,
                                "lines",
                                List.of(java.util.Map.of("vehiclePartId", part, "quantity", 5, "unitCost", 1_000))))
                .id();
        assertThat(manager.post("/purchaseOrders/" + order + "/order", null).status())
                .isEqualTo(200);
        // 32 scanners deliver one unit each against an order of 5: exactly 5 are taken
        List<Api.Res> results = race(() -> manager.post(
                "/purchaseOrders/" + order + "/receipts",
                obj("lines", List.of(java.util.Map.of("vehiclePartId", part, "quantity", 1)))));
        assertThat(results.stream().filter(r -> r.status() == 201).count()).isEqualTo(5);
        assertThat(results.stream().filter(r -> r.status() == 409).count()).isEqualTo(CLIENTS - 5);
        assertThat(manager.get("/vehicleParts/" + part).json().path("stock").asInt())
                .isEqualTo(5);
        JsonNode o = manager.get("/purchaseOrders/" + order).json();
        assertThat(o.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(o.path("lines").get(0).path("receivedQuantity").asInt()).isEqualTo(5);
        assertThat(o.path("deliveries")).hasSize(5);
    }

    @Test
    void concurrentCounterSalesOfTheLastUnitsSellEachUnitOnce() throws Exception {
        long part = manager.post(
                        "/vehicleParts",
                        obj(
                                "partId",
                                "RC-2",
                                "partName",
                                "마지막 3개",
                                "stock",
                                3,
                                "partPrice",
                                10_000,
                                "costPrice",
                                5_000,
                                "reorderPoint",
                                0))
                .id();
        // 32 buyers of one unit each, for the last 3: exactly 3 sales exist, each with its payment
        List<Api.Res> results = race(() -> manager.post(
                "/counterSales",
                obj(
                        "lines",
                        List.of(java.util.Map.of("vehiclePartId", part, "quantity", 1)),
                        "payment",
                        java.util.Map.of("amount", 11_000, "method", "CARD"))));
        assertThat(results.stream().filter(r -> r.status() == 201).count()).isEqualTo(3);
        assertThat(results.stream().filter(r -> r.status() == 409).count()).isEqualTo(CLIENTS - 3);
        JsonNode p = manager.get("/vehicleParts/" + part).json();
        assertThat(p.path("reserved").asInt()).isEqualTo(3);
        assertThat(p.path("available").asInt()).isZero();
        assertThat(manager.get("/counterSales?status=PAID&limit=100").json().path("items"))
                .hasSize(3);
    }

    /** A finished job's invoice, paid in full by one payment. */
    private long paidInvoice() {
        long mechanicId = Shop.mechanic(manager, "한지민", "24");
        long jobId = Shop.receipt(manager, mechanicId, "1").json().path("jobId").asLong();
        assertThat(manager.post("/jobs/" + jobId + "/start", null).status()).isEqualTo(200);
        Api.Res done = manager.post("/jobs/" + jobId + "/finish", obj("laborHours", "1"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        long invoice = done.json().path("invoiceId").asLong();
        long total = manager.get("/invoices/" + invoice).json().path("total").asLong();
        assertThat(total).isPositive();
        Api.Res paid = manager.post("/invoices/" + invoice + "/payments", obj("amount", total, "method", "CARD"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return invoice;
    }

    /** A customer and their car, for bookings. */
    private long[] customerWithCar(String plate) {
        long customer = manager.post("/customers", obj("name", "예약 고객", "phones", List.of("010-2222-3333")))
                .id();
        long vehicle = manager.post("/vehicles", obj("plate", plate, "customerId", customer))
                .id();
        return new long[] {customer, vehicle};
    }

    private Api.Res book(long[] car, String date, String start, String hours, Long mechanicId, Long bayId) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("customerId", car[0]);
        body.put("vehicleId", car[1]);
        body.put("date", date);
        body.put("startTime", start);
        body.put("hours", hours);
        body.put("request", "점검");
        body.put("dropOff", "DROP");
        if (mechanicId != null) {
            body.put("mechanicId", mechanicId);
        }
        if (bayId != null) {
            body.put("bayId", bayId);
        }
        return manager.post("/appointments", body);
    }

    @Test
    void concurrentBookingsTakeABaysLastSlotOnce() throws Exception {
        long bay = manager.post("/bays", obj("name", "1번 리프트")).id();
        long[] car = customerWithCar("11가 1111");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                .plusDays(3)
                .toString();
        // the bay is taken 09:00-17:00 but for 17:00-18:00: 32 clients race for that hour
        assertThat(status(book(car, day, "09:00", "8", null, bay))).isEqualTo("BOOKED");
        List<Api.Res> results = race(() -> book(car, day, "17:00", "1", null, bay));
        assertThat(results).allMatch(r -> r.status() == 201);
        assertThat(results.stream().filter(r -> status(r).equals("BOOKED")).count())
                .isEqualTo(1);
        assertThat(results.stream()
                        .filter(r -> r.json().path("rejectionReason").asText().equals("BAY_FULL"))
                        .count())
                .isEqualTo(CLIENTS - 1);
        JsonNode slots =
                manager.get("/schedule?date=" + day).json().path("bays").get(0).path("slots");
        assertThat(slots).hasSize(2);
    }

    @Test
    void concurrentBookingsNeverOverbookAMechanicsDay() throws Exception {
        long mechanicId = Shop.mechanic(manager, "이서준", "8");
        long[] car = customerWithCar("22나 2222");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                .plusDays(3)
                .toString();
        // no bays: hours only. 6.5 h taken; 32 clients race for 1.5 h each: exactly one fits
        assertThat(status(book(car, day, "08:00", "6.5", mechanicId, null))).isEqualTo("BOOKED");
        List<Api.Res> results = race(() -> book(car, day, "15:00", "1.5", mechanicId, null));
        assertThat(results).allMatch(r -> r.status() == 201);
        assertThat(results.stream().filter(r -> status(r).equals("BOOKED")).count())
                .isEqualTo(1);
        assertThat(results.stream()
                        .filter(r -> r.json().path("rejectionReason").asText().equals("MECHANIC_CAPACITY"))
                        .count())
                .isEqualTo(CLIENTS - 1);
        assertThat(manager.get("/mechanics/" + mechanicId + "/capacity?date=" + day)
                        .json()
                        .path("bookedHours")
                        .decimalValue())
                .isEqualByComparingTo("8");
    }

    private static String status(Api.Res r) {
        return r.json().path("status").asText();
    }

    static List<Api.Res> race(Callable<Api.Res> call) throws Exception {
        return race(CLIENTS, call);
    }

    /** {@code clients} threads make {@code call} at the same moment; their answers in thread order. */
    static List<Api.Res> race(int clients, Callable<Api.Res> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Api.Res> results = new ArrayList<>();
            for (Future<Api.Res> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
