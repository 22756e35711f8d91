package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;

/**
 * The server runs as its own process under concurrent writes (receipts, part requests, payments,
 * voids with their refund and reissues) and is killed with SIGKILL at a random moment, then restarted. Every write the clients saw
 * acknowledged must be there, nothing half-done may be visible, seq must be gapless and the file
 * sound. {@code -Dcrash.rounds=N} for the long mode (CI runs 3).
 */
@Tag("slow")
class CrashTest {
    static final int ROUNDS = Integer.getInteger("crash.rounds", 3);

    @TempDir
    Path dir;

    final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));

    @Test
    void acknowledgedWritesSurviveSigkillAndNothingIsHalfDone() throws Exception {
        int port = freePort();
        Map<Long, String> receipts = new ConcurrentHashMap<>();
        Map<Long, String> partRequests = new ConcurrentHashMap<>();
        Map<Long, Long> paidAtLeast = new ConcurrentHashMap<>();
        Map<Long, Long> reissuedAtLeast = new ConcurrentHashMap<>();
        // corrections acknowledged (entry id -> invoice id), and every invoice one was tried on: its
        // paid may go down, so it is not held to paidAtLeast
        Map<Long, Long> corrections = new ConcurrentHashMap<>();
        Set<Long> corrected = ConcurrentHashMap.newKeySet();
        // estimates whose approval was acknowledged (estimate id -> approved hours)
        Map<Long, String> approvals = new ConcurrentHashMap<>();
        // deliveries acknowledged: purchase order id -> units received at least
        Map<Long, Integer> deliveries = new ConcurrentHashMap<>();
        // counter sales acknowledged: id -> status
        Map<Long, String> sales = new ConcurrentHashMap<>();
        Map<Long, String> bookings = new ConcurrentHashMap<>();
        Map<Long, Long> purchases = new ConcurrentHashMap<>();
        // sublet orders acknowledged: id -> status
        Map<Long, String> sublets = new ConcurrentHashMap<>();
        // drawer counts acknowledged (the counted cash is unique to each)
        Set<Long> counts = ConcurrentHashMap.newKeySet();
        // transfers between the demo's two locations acknowledged: id -> units moved
        Map<Long, Integer> transfers = new ConcurrentHashMap<>();
        int acknowledged = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Process server = start(port);
            try {
                Api base = new Api("http://127.0.0.1:" + port);
                Api counter = base.as("counter", DemoData.PASSWORD);
                Api kim = base.as("kim", DemoData.PASSWORD);
                Api boss = base.as("manager", DemoData.PASSWORD);
                long job = openJob(counter, kim);
                AtomicBoolean go = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(12);
                writers.execute(() -> {
                    while (go.get()) receipt(counter, receipts);
                });
                writers.execute(() -> {
                    while (go.get()) part(kim, job, partRequests);
                });
                writers.execute(() -> {
                    while (go.get()) pay(counter, paidAtLeast);
                });
                writers.execute(() -> {
                    while (go.get()) voidAndReissue(boss, reissuedAtLeast);
                });
                writers.execute(() -> {
                    while (go.get()) correct(boss, corrections, corrected);
                });
                writers.execute(() -> {
                    while (go.get()) estimate(counter, approvals);
                });
                writers.execute(() -> {
                    while (go.get()) deliver(boss, deliveries);
                });
                writers.execute(() -> {
                    while (go.get()) sell(counter, sales);
                });
                writers.execute(() -> {
                    while (go.get()) book(counter, bookings);
                });
                writers.execute(() -> {
                    while (go.get()) buyPoints(counter, purchases);
                });
                writers.execute(() -> {
                    while (go.get()) sublet(counter, sublets);
                });
                writers.execute(() -> {
                    while (go.get()) clockWork(kim, job);
                });
                writers.execute(() -> {
                    while (go.get()) countDrawer(boss, counts);
                });
                writers.execute(() -> {
                    while (go.get()) transfer(boss, transfers);
                });
                Thread.sleep(300 + random.nextInt(1200));
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL mid-write
                go.set(false);
                writers.shutdown();
                writers.awaitTermination(30, TimeUnit.SECONDS);
            } finally {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Process again = start(port);
            try {
                Api manager = new Api("http://127.0.0.1:" + port).as("manager", DemoData.PASSWORD);
                receipts.forEach((id, status) -> {
                    Api.Res r = manager.get("/receipts/" + id);
                    assertThat(r.json().path("status").asText())
                            .as("receipt " + id + ": " + r)
                            .isEqualTo(status);
                });
                paidAtLeast.forEach((invoice, paid) -> {
                    Api.Res r = manager.get("/invoices/" + invoice);
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    if (r.json().path("status").asText().equals("VOID")) {
                        // voided since: what was paid went back, in the same change
                        assertThat(r.json().path("paid").asLong())
                                .as(r.toString())
                                .isZero();
                        assertThat(r.json().path("payments").findValuesAsText("amount"))
                                .as(r.toString())
                                .anyMatch(a -> a.startsWith("-"));
                    } else if (!corrected.contains(invoice)) {
                        assertThat(r.json().path("paid").asLong())
                                .as("invoice " + invoice + ": " + r)
                                .isGreaterThanOrEqualTo(paid);
                    }
                });
                reissuedAtLeast.forEach((receipt, invoice) -> {
                    Api.Res r = manager.get("/receipts/" + receipt);
                    assertThat(r.json().path("invoiceId").asLong())
                            .as("receipt " + receipt + ": " + r)
                            .isGreaterThanOrEqualTo(invoice);
                });
                corrections.forEach((entry, invoice) -> {
                    Api.Res r = manager.get("/invoices/" + invoice);
                    assertThat(r.json().path("payments").findValuesAsText("id"))
                            .as("correction " + entry + " of invoice " + invoice + ": " + r)
                            .contains(String.valueOf(entry));
                });
                approvals.forEach((estimate, hours) -> {
                    Api.Res r = manager.get("/estimates/" + estimate);
                    assertThat(r.json().path("status").asText())
                            .as(r.toString())
                            .isEqualTo("PRESENTED");
                    assertThat(r.json().path("approvedHours").decimalValue())
                            .as("estimate " + estimate + ": " + r)
                            .isEqualByComparingTo(hours);
                });
                deliveries.forEach((order, units) -> {
                    Api.Res r = manager.get("/purchaseOrders/" + order);
                    assertThat(r.json()
                                    .path("lines")
                                    .get(0)
                                    .path("receivedQuantity")
                                    .asInt())
                            .as("purchase order " + order + ": " + r)
                            .isGreaterThanOrEqualTo(units);
                });
                if (!counts.isEmpty()) {
                    String history = manager.get("/reports/dailyClose").body();
                    for (long counted : counts) {
                        assertThat(history).as("drawer count " + counted).contains("\"countedCash\":" + counted + ",");
                    }
                }
                sublets.forEach((order, status) -> {
                    Api.Res r = manager.get("/subletOrders/" + order);
                    assertThat(r.json().path("status").asText())
                            .as("sublet order " + order + ": " + r)
                            .isEqualTo(status);
                });
                sales.forEach((sale, status) -> {
                    Api.Res r = manager.get("/counterSales/" + sale);
                    assertThat(r.json().path("status").asText())
                            .as("counter sale " + sale + ": " + r)
                            .isEqualTo(status);
                });
                bookings.forEach((appointment, status) -> {
                    Api.Res r = manager.get("/appointments/" + appointment);
                    assertThat(r.json().path("status").asText())
                            .as("appointment " + appointment + ": " + r)
                            .isEqualTo(status);
                });
                purchases.forEach((purchase, customer) -> {
                    Api.Res r = manager.get("/customers/" + customer + "/points");
                    assertThat(r.json().path("entries").findValuesAsText("reference"))
                            .as("points purchase " + purchase + ": " + r)
                            .contains("purchase " + purchase);
                });
                transfers.forEach((transfer, units) -> {
                    Api.Res r = manager.get("/stockTransfers/" + transfer);
                    assertThat(r.status()).as("transfer " + transfer + ": " + r).isEqualTo(200);
                    assertThat(r.json().path("lines").get(0).path("quantity").asInt())
                            .as("transfer " + transfer)
                            .isEqualTo(units);
                });
                consistent(partRequests);
                acknowledged = receipts.size()
                        + transfers.size()
                        + sales.size()
                        + bookings.size()
                        + purchases.size()
                        + approvals.size()
                        + deliveries.size()
                        + partRequests.size()
                        + paidAtLeast.size()
                        + reissuedAtLeast.size()
                        + corrections.size();
            } finally {
                again.destroy();
                again.waitFor(20, TimeUnit.SECONDS);
            }
        }
        System.out.printf(
                "crash rounds survived: %d; acknowledged writes checked: %d receipts, %d part requests, %d invoices paid,"
                        + " %d receipts reissued, %d payment corrections, %d estimate approvals, %d orders received, %d counter sales,"
                        + " %d appointments, %d points sales%n",
                ROUNDS,
                receipts.size(),
                partRequests.size(),
                paidAtLeast.size(),
                reissuedAtLeast.size(),
                corrections.size(),
                approvals.size(),
                deliveries.size(),
                sales.size(),
                bookings.size(),
                purchases.size());
        assertThat(acknowledged).isPositive();
    }

    /** The database a server of this test uses, as settings (none: the data folder's SQLite file). */
    Map<String, String> database() {
        return Map.of();
    }

    /** SQL for the instant stored as text in {@code column}, as a number of days. */
    String days(String column) {
        return "julianday(" + column + ")";
    }

    /** A direct connection to that database. */
    Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
    }

    /** The whole database, read directly: no half-done change is visible anywhere. */
    private void consistent(Map<Long, String> partRequests) throws Exception {
        try (Connection c = connect()) {
            if (database().isEmpty()) {
                assertThat(one(c, "PRAGMA integrity_check")).isEqualTo("ok");
            }
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM receipts r LEFT JOIN jobs j ON j.receipt_id = r.id"
                                    + " WHERE r.status <> 'REJECTED' AND j.id IS NULL"))
                    .as("accepted receipts without a job")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM vehicle_parts p WHERE p.stock <>"
                                            + " (SELECT COALESCE(SUM(delta), 0) FROM stock_movements m WHERE m.vehicle_part_id = p.id)"))
                    .as("stock that differs from its ledger")
                    .isZero();
            // each location's stock is its own ledger's sum and its last row's stock_after; the
            // catalogue's stock and reservations are the locations' together (issue 22)
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM part_stock s WHERE s.stock <> (SELECT COALESCE(SUM(m.delta), 0)"
                                    + " FROM stock_movements m WHERE m.vehicle_part_id = s.vehicle_part_id"
                                    + " AND m.location_id = s.location_id) OR s.stock <> COALESCE((SELECT m.stock_after"
                                    + " FROM stock_movements m WHERE m.vehicle_part_id = s.vehicle_part_id"
                                    + " AND m.location_id = s.location_id ORDER BY m.id DESC LIMIT 1), 0)"
                                    + " OR s.reserved > s.stock"))
                    .as("a location's stock that differs from its ledger")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM vehicle_parts p WHERE p.stock <> (SELECT COALESCE(SUM(s.stock), 0)"
                                            + " FROM part_stock s WHERE s.vehicle_part_id = p.id) OR p.reserved <>"
                                            + " (SELECT COALESCE(SUM(s.reserved), 0) FROM part_stock s WHERE s.vehicle_part_id = p.id)"))
                    .as("chain totals that differ from the locations' stock")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM part_stock s WHERE s.reserved <> (SELECT COALESCE(SUM(l.quantity), 0)"
                                    + " FROM counter_sale_lines l JOIN counter_sales cs ON cs.id = l.counter_sale_id"
                                    + " WHERE l.vehicle_part_id = s.vehicle_part_id AND cs.location_id = s.location_id"
                                    + " AND cs.status = 'PAID')"))
                    .as("a location's reservations that are not its paid sales'")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM stock_transfer_lines l WHERE 2 <> (SELECT COUNT(*) FROM stock_movements m"
                                    + " WHERE m.stock_transfer_id = l.stock_transfer_id"
                                    + " AND m.vehicle_part_id = l.vehicle_part_id AND ABS(m.delta) = l.quantity)"))
                    .as("transfer lines without both their ledger rows")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM part_requests pr WHERE pr.status IN ('ISSUED', 'RETURNED')"
                                            + " AND NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.part_request_id = pr.id AND m.kind = 'ISSUE')"))
                    .as("issued parts without their ledger row")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM part_requests pr WHERE pr.returned_quantity <>"
                                    + " (SELECT COALESCE(SUM(delta), 0) FROM stock_movements m"
                                    + " WHERE m.part_request_id = pr.id AND m.kind = 'RETURN')"))
                    .as("returned quantities that differ from their ledger rows")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM part_requests WHERE returned_quantity > quantity"
                                    + " OR (status = 'RETURNED') <> (returned_quantity = quantity)"))
                    .as("requests returned beyond what was issued, or RETURNED with some still out")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id)"))
                    .as("invoices without lines")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i WHERE i.paid <>"
                                    + " (SELECT COALESCE(SUM(amount), 0) FROM payments p WHERE p.invoice_id = i.id)"))
                    .as("paid != payments (refunds included)")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM payments v JOIN payments p ON v.voids_payment_id = p.id"
                                    + " WHERE v.amount <> -p.amount OR v.invoice_id <> p.invoice_id"
                                    + " OR v.method <> p.method OR p.amount < 0"))
                    .as("voids that are not the negative of the payment they void")
                    .isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM invoices WHERE status = 'VOID' AND paid <> 0"))
                    .as("void invoices with money not refunded")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM (SELECT receipt_id FROM invoices WHERE status <> 'VOID'"
                                    + " GROUP BY receipt_id HAVING COUNT(*) > 1) x"))
                    .as("receipts with two open invoices")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM jobs j WHERE j.status = 'FINISHED'"
                                    + " AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.job_id = j.id)"))
                    .as("finished jobs without invoice")
                    .isZero();
            // invoice numbers: every number a location's counter gave is on exactly one invoice of
            // that location (numbers are unique), so the numbering is gapless at each location
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM (SELECT n.location_id FROM invoice_counters n GROUP BY n.location_id"
                                    + " HAVING SUM(n.last_number) <> (SELECT COUNT(*) FROM invoices i"
                                    + " WHERE i.location_id = n.location_id)) x"))
                    .as("locations whose invoice counters differ from their invoices")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i WHERE NOT EXISTS (SELECT 1 FROM invoice_counters n"
                                    + " WHERE n.location_id = i.location_id)"))
                    .as("invoices of a location without a counter")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i JOIN receipts r ON r.id = i.receipt_id"
                                    + " LEFT JOIN status_pages b ON b.receipt_id = r.id"
                                    + " WHERE i.location_id <> r.location_id OR b.location_id <> r.location_id"))
                    .as("invoices or board rows at another location than their receipt")
                    .isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM receipts"))
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM status_pages"));
            assertThat(count(c, "SELECT COUNT(*) FROM receipts WHERE customer_id IS NULL OR vehicle_id IS NULL"))
                    .as("receipts without a customer or a vehicle")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM vehicles v WHERE (SELECT COUNT(*) FROM vehicle_owners o"
                                            + " WHERE o.vehicle_id = v.id AND o.to_at IS NULL AND o.customer_id = v.customer_id) <> 1"
                                            + " OR (SELECT COUNT(*) FROM vehicle_owners o WHERE o.vehicle_id = v.id AND o.to_at IS NULL) <> 1"))
                    .as("vehicles without exactly one current owner")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM (SELECT plate FROM vehicles WHERE active = 1 GROUP BY plate HAVING COUNT(*) > 1) x"))
                    .as("active plates on two vehicles")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM receipts WHERE in_shop = 1 AND (released_at IS NOT NULL"
                                    + " OR status NOT IN ('ACCEPTED', 'COMPLETED'))"))
                    .as("receipts in the shop that left it")
                    .isZero();
            // an open job books its receipt's hours plus the approved LABOR hours of its presented estimate
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM jobs j WHERE j.status IN ('WAITING', 'IN_PROGRESS') AND j.approved_centi <>"
                                    + " (SELECT COALESCE(SUM(l.hours_centi), 0) FROM estimates e JOIN estimate_lines l"
                                    + " ON l.estimate_id = e.id WHERE e.receipt_id = j.receipt_id AND e.status = 'PRESENTED'"
                                    + " AND l.kind = 'LABOR' AND l.decision = 'APPROVED')"))
                    .as("open jobs whose approved hours are not their presented estimate's")
                    .isZero();
            // an order's received quantities are its deliveries' lines, and each delivery has its ledger row
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM purchase_order_lines l WHERE l.received_quantity <>"
                                    + " (SELECT COALESCE(SUM(d.quantity), 0) FROM purchase_delivery_lines d"
                                    + " WHERE d.purchase_order_line_id = l.id)"))
                    .as("order lines whose received quantity is not what was delivered")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM purchase_orders o WHERE"
                                    + " (SELECT COALESCE(SUM(d.quantity), 0) FROM purchase_delivery_lines d"
                                    + " JOIN purchase_deliveries pd ON pd.id = d.purchase_delivery_id"
                                    + " WHERE pd.purchase_order_id = o.id) <>"
                                    + " (SELECT COALESCE(SUM(m.delta), 0) FROM stock_movements m"
                                    + " WHERE m.purchase_order_id = o.id AND m.kind = 'RECEIVED')"))
                    .as("orders whose deliveries are not in the stock ledger")
                    .isZero();
            // units held = what paid sales not yet handed over hold; nothing takes more than is there
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM vehicle_parts p WHERE p.reserved <>"
                                    + " (SELECT COALESCE(SUM(l.quantity), 0) FROM counter_sale_lines l"
                                    + " JOIN counter_sales s ON s.id = l.counter_sale_id"
                                    + " WHERE l.vehicle_part_id = p.id AND s.status = 'PAID') OR p.reserved > p.stock"))
                    .as("parts whose reservations are not their paid sales'")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM counter_sales WHERE amount_received < total"
                                    + " OR change_given <> amount_received - total"))
                    .as("sales without their payment")
                    .isZero();
            // an invoice bills the parts its job kept, no more and no fewer (parts quoted from outside
            // the catalogue aside: they are not issued from stock)
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i WHERE i.status <> 'VOID'"
                                    + " AND (SELECT COALESCE(SUM(l.quantity_centi), 0) FROM invoice_lines l"
                                    + " WHERE l.invoice_id = i.id AND l.kind = 'PART')"
                                    + " <> (SELECT COALESCE(SUM(p.quantity - p.returned_quantity), 0) * 100"
                                    + " FROM part_requests p WHERE p.job_id = i.job_id AND p.status = 'ISSUED')"
                                    + " AND NOT EXISTS (SELECT 1 FROM estimates e JOIN estimate_lines el"
                                    + " ON el.estimate_id = e.id WHERE e.receipt_id = i.receipt_id"
                                    + " AND e.status = 'PRESENTED' AND el.kind = 'PART'"
                                    + " AND el.vehicle_part_id IS NULL AND el.decision = 'APPROVED')"))
                    .as("invoices whose parts are not the parts issued on their job")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM (SELECT receipt_id FROM estimates WHERE status = 'PRESENTED'"
                                    + " GROUP BY receipt_id HAVING COUNT(*) > 1) x"))
                    .as("receipts with two presented estimates")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM estimates e WHERE e.subtotal <>"
                                    + " (SELECT COALESCE(SUM(amount), 0) FROM estimate_lines l WHERE l.estimate_id = e.id)"
                                    + " OR e.total <> e.subtotal + e.tax"))
                    .as("estimates whose totals are not their lines'")
                    .isZero();
            // no bay double-booked, no mechanic booked past their day by appointments and jobs together
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM appointments a JOIN appointments b ON b.bay_id = a.bay_id"
                                    + " AND b.day = a.day AND b.id > a.id WHERE a.status = 'BOOKED' AND b.status = 'BOOKED'"
                                    + " AND a.start_minute < b.end_minute AND b.start_minute < a.end_minute"))
                    .as("bays booked twice for one time")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM (SELECT DISTINCT mechanic_id, day FROM appointments"
                                            + " WHERE status = 'BOOKED' AND mechanic_id IS NOT NULL) d"
                                            + " JOIN mechanics m ON m.id = d.mechanic_id WHERE m.daily_capacity_centi <"
                                            + " (SELECT COALESCE(SUM(a.hours_centi), 0) FROM appointments a WHERE a.mechanic_id = d.mechanic_id"
                                            + " AND a.day = d.day AND a.status = 'BOOKED')"
                                            + " + (SELECT COALESCE(SUM(CASE WHEN j.status = 'FINISHED' THEN j.labor_centi"
                                            + " ELSE j.estimated_centi + j.approved_centi END), 0) FROM jobs j"
                                            + " WHERE j.mechanic_id = d.mechanic_id AND j.work_date = d.day AND j.status <> 'CANCELLED')"))
                    .as("mechanics' days booked past their capacity")
                    .isZero();
            // points: every balance is the sum of its ledger, and only a reversal takes one below zero
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM customers c WHERE c.points_balance <>"
                                            + " (SELECT COALESCE(SUM(points), 0) FROM points_entries e WHERE e.customer_id = c.id)"))
                    .as("points balances that differ from their ledger")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM customers c WHERE c.points_balance < 0 AND NOT EXISTS"
                                            + " (SELECT 1 FROM points_entries e WHERE e.customer_id = c.id AND e.kind = 'REVERSED')"))
                    .as("balances taken below zero by spending")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM points_purchases p WHERE NOT EXISTS (SELECT 1 FROM points_entries e"
                                    + " WHERE e.purchase_id = p.id AND e.kind = 'PURCHASED' AND e.points = p.points)"))
                    .as("sales of points without their points")
                    .isZero();
            // a booking's deposit: held while BOOKED, all back when CANCELLED (what it took, exactly)
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM appointments a WHERE a.deposit_points > 0 AND"
                                    + " (SELECT COALESCE(SUM(points), 0) FROM points_entries e WHERE e.appointment_id = a.id)"
                                    + " <> CASE a.status WHEN 'CANCELLED' THEN 0 ELSE -a.deposit_points END"
                                    + " AND a.status IN ('BOOKED', 'CANCELLED')"))
                    .as("deposits not held while booked, or not restored exactly on cancel")
                    .isZero();
            // a coupon is redeemed at most once: one DISCOUNT line for each redeemed on an open invoice
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM invoices i WHERE i.status <> 'VOID' AND"
                                    + " (SELECT COUNT(*) FROM invoice_lines l WHERE l.invoice_id = i.id AND l.kind = 'DISCOUNT')"
                                    + " <> (SELECT COUNT(*) FROM coupons k WHERE k.invoice_id = i.id)"))
                    .as("discount lines that are not their coupons")
                    .isZero();
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM coupons k WHERE k.status = 'WITHDRAWN' AND NOT EXISTS"
                                            + " (SELECT 1 FROM appointments a WHERE a.id = k.appointment_id AND a.status = 'CANCELLED')"))
                    .as("coupons withdrawn from bookings not cancelled")
                    .isZero();
            // a comeback's assignment: its receipt open while ASSIGNED, finished once RESOLVED,
            // cancelled with the claim (exactly what the assignment made is withdrawn)
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM warranty_claims w JOIN receipts r ON r.id = w.receipt_id"
                                    + " WHERE (w.status = 'ASSIGNED' AND r.status <> 'ACCEPTED')"
                                    + " OR (w.status = 'RESOLVED' AND r.status <> 'COMPLETED')"
                                    + " OR (w.status = 'CANCELLED' AND r.status <> 'CANCELLED')"
                                    + " OR r.warranty_claim_id <> w.id"))
                    .as("claims whose re-repair receipt does not match their state")
                    .isZero();
            // a claim sent to a contractor: its order open while ASSIGNED, completed once RESOLVED,
            // cancelled with the claim; a job's order never open on a finished job
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM warranty_claims w JOIN sublet_orders o ON o.id = w.sublet_order_id"
                                    + " WHERE (w.status = 'ASSIGNED' AND o.status NOT IN ('ORDERED', 'SCHEDULED'))"
                                    + " OR (w.status = 'RESOLVED' AND o.status <> 'COMPLETED')"
                                    + " OR (w.status = 'CANCELLED' AND o.status <> 'CANCELLED')"
                                    + " OR o.claim_id <> w.id"))
                    .as("claims whose sublet order does not match their state")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM sublet_orders o JOIN jobs j ON j.id = o.job_id"
                                    + " WHERE (o.status IN ('ORDERED', 'SCHEDULED') AND j.status IN ('FINISHED', 'CANCELLED'))"
                                    + " OR (o.status = 'COMPLETED' AND o.estimate_line_id IS NULL AND j.status = 'FINISHED'"
                                    + " AND NOT EXISTS (SELECT 1 FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id"
                                    + " WHERE i.job_id = j.id AND l.kind = 'SUBLET'))"))
                    .as("sublet orders open on closed jobs, or completed and never billed")
                    .isZero();
            // the time clock: one running entry of each kind a mechanic, no two entries of one
            // mechanic and kind overlapping (instants compared as times, not as text), and a running
            // job clock only on a job in progress
            assertThat(
                            count(
                                    c,
                                    "SELECT COUNT(*) FROM (SELECT mechanic_id, kind FROM time_entries"
                                            + " WHERE end_at IS NULL AND voided = 0 GROUP BY mechanic_id, kind HAVING COUNT(*) > 1) x"))
                    .as("mechanics with two running clocks of a kind")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM time_entries a JOIN time_entries b ON b.mechanic_id = a.mechanic_id"
                                    + " AND b.kind = a.kind AND b.id > a.id AND a.voided = 0 AND b.voided = 0"
                                    + " WHERE " + days("a.start_at") + " < COALESCE(" + days("b.end_at")
                                    + ", 9e9) - 1e-9"
                                    + " AND " + days("b.start_at") + " < COALESCE(" + days("a.end_at")
                                    + ", 9e9) - 1e-9"))
                    .as("overlapping time entries")
                    .isZero();
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM time_entries t JOIN jobs j ON j.id = t.job_id"
                                    + " WHERE t.end_at IS NULL AND t.voided = 0 AND j.status <> 'IN_PROGRESS'"))
                    .as("job clocks running on jobs not in progress")
                    .isZero();
            // drawer counts: one standing a day, each with its event, each reopen with its own
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM (SELECT day FROM daily_closes WHERE reopened_at IS NULL"
                                    + " GROUP BY day HAVING COUNT(*) > 1) x"))
                    .as("days with two standing counts")
                    .isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE type = 'DailyCloseRecorded'"))
                    .as("a DailyCloseRecorded for every count")
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM daily_closes"));
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE type = 'DailyCloseReopened'"))
                    .as("a DailyCloseReopened for every reopened count")
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM daily_closes WHERE reopened_at IS NOT NULL"));
            assertThat(count(c, "SELECT COUNT(*) FROM daily_closes WHERE difference <> counted_cash - expected_cash"))
                    .isZero();
            assertThat(count(c, "SELECT COALESCE(MAX(seq), 0) FROM events"))
                    .as("seq gapless")
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM events"));
            for (long id : partRequests.keySet()) {
                assertThat(one(c, "SELECT status || '/' || returned_quantity FROM part_requests WHERE id = " + id))
                        .as("part request " + id)
                        .isEqualTo(partRequests.get(id));
            }
        }
    }

    private long openJob(Api counter, Api kim) {
        Api.Res r = counter.post(
                "/receipts",
                Api.obj(
                        "customerName",
                        "crash",
                        "carId",
                        "99가 9999",
                        "mechanicId",
                        1,
                        "estimatedHours",
                        "0.01",
                        "request",
                        "crash test"));
        long job = r.json().path("jobId").asLong();
        kim.post("/jobs/" + job + "/start", null);
        return job;
    }

    private void receipt(Api counter, Map<Long, String> acknowledged) {
        try {
            Api.Res r = counter.post(
                    "/receipts",
                    Api.obj(
                            "customerName",
                            "고객",
                            "customerPhone",
                            "010-5000-" + (1000 + random.nextInt(50)),
                            "carId",
                            // a few cars coming back and many new ones: find-or-create both ways
                            random.nextBoolean()
                                    ? "12가 3456"
                                    : (10 + random.nextInt(90)) + "나 " + (1000 + random.nextInt(9000)),
                            "mechanicId",
                            2 + random.nextInt(3),
                            "estimatedHours",
                            "0.01",
                            "request",
                            "오일 교환"));
            if (r.status() == 201) {
                acknowledged.put(r.id(), r.json().path("status").asText());
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Sends a new job's work out to a contractor, then has the contractor complete it or the
     * receipt cancelled (which withdraws the order); each acknowledged step is recorded.
     */
    private void sublet(Api counter, Map<Long, String> acknowledged) {
        try {
            Api.Res r = counter.post(
                    "/receipts",
                    Api.obj(
                            "customerName", "고객",
                            "carId", (10 + random.nextInt(90)) + "너 " + (1000 + random.nextInt(9000)),
                            "mechanicId", 2 + random.nextInt(3),
                            "estimatedHours", "0.01",
                            "request", "유리 교환"));
            if (r.status() != 201 || !r.json().path("status").asText().equals("ACCEPTED")) {
                return;
            }
            Api.Res o = counter.post(
                    "/jobs/" + r.json().path("jobId").asLong() + "/sublets",
                    Api.obj("supplierId", 1, "description", "앞유리", "cost", 100_000, "price", 130_000));
            if (o.status() != 201) {
                return;
            }
            acknowledged.put(o.id(), "ORDERED");
            boolean complete = random.nextBoolean();
            Api.Res next;
            try {
                next = complete
                        ? counter.post("/subletOrders/" + o.id() + "/complete", Api.obj("notes", "완료", "cost", 95_000))
                        : counter.post("/receipts/" + r.id() + "/cancel", Api.obj("reason", "취소"));
            } catch (RuntimeException lost) {
                acknowledged.remove(o.id()); // sent, its answer lost: either status may be the truth
                throw lost;
            }
            if (next.status() == 200) {
                acknowledged.put(o.id(), complete ? "COMPLETED" : "CANCELLED");
            } else {
                acknowledged.remove(o.id());
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /** Counts today's drawer (a counted sum never used before) and reopens the count again. */
    private void countDrawer(Api boss, Set<Long> acknowledged) {
        try {
            long counted = 1_000_000L + random.nextInt(1_000_000_000);
            Api.Res r = boss.post(
                    "/reports/dailyClose",
                    Api.obj(
                            "date",
                            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                                    .toString(),
                            "countedCash",
                            counted));
            if (r.status() == 201) {
                acknowledged.add(counted);
                String day = r.json().path("date").asText();
                boss.post("/reports/dailyClose/" + day + "/reopen", Api.obj("reason", "crash test"));
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /** Pauses and resumes the open job's clock, and now and then clocks its mechanic out (and back in by the job). */
    private void clockWork(Api kim, long job) {
        try {
            kim.post("/jobs/" + job + "/clock/pause", Api.obj("reason", "BREAK"));
            if (random.nextInt(4) == 0) {
                long mechanic =
                        kim.get("/jobs/" + job).json().path("mechanicId").asLong();
                kim.post("/mechanics/" + mechanic + "/clock/out", null);
            }
            kim.post("/jobs/" + job + "/clock/resume", null);
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Sells one unit of a part in cash, then hands it over, or cancels the sale; each acknowledged
     * step is recorded with the status it left.
     */
    private void sell(Api counter, Map<Long, String> acknowledged) {
        try {
            long part = 2L + random.nextInt(20);
            Api.Res s = counter.post(
                    "/counterSales",
                    Api.obj(
                            "lines",
                            java.util.List.of(Map.of("vehiclePartId", part, "quantity", 1)),
                            "payment",
                            Map.of("amount", 1_000_000, "method", "CASH")));
            if (s.status() != 201) {
                return;
            }
            acknowledged.put(s.id(), "PAID");
            boolean handOver = random.nextBoolean();
            Api.Res next;
            try {
                next = handOver
                        ? counter.post("/counterSales/" + s.id() + "/handover", null)
                        : counter.post("/counterSales/" + s.id() + "/cancel", Api.obj("reason", "취소"));
            } catch (RuntimeException lost) {
                acknowledged.remove(s.id()); // sent, its answer lost: either status may be the truth
                throw lost;
            }
            if (next.status() == 200) {
                acknowledged.put(s.id(), handOver ? "HANDED_OVER" : "CANCELLED");
            } else {
                acknowledged.remove(s.id());
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Books a mechanic's hours and a bay for a slot in the next three days, then cancels half of the
     * bookings; each acknowledged step is recorded with the status it left.
     */
    private void book(Api counter, Map<Long, String> acknowledged) {
        try {
            java.time.LocalDate day =
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1 + random.nextInt(3));
            int quarter = random.nextInt(20);
            com.fasterxml.jackson.databind.JsonNode car =
                    counter.get("/vehicles?limit=1").json().path("items").get(0);
            Api.Res a = counter.post(
                    "/appointments",
                    Api.obj(
                            "customerId",
                            car.path("customerId").asLong(),
                            "vehicleId",
                            car.path("id").asLong(),
                            "date",
                            day.toString(),
                            "startTime",
                            String.format(java.util.Locale.ROOT, "%02d:%02d", 9 + quarter / 4, quarter % 4 * 15),
                            "hours",
                            "0." + (25 + random.nextInt(50)),
                            "mechanicId",
                            2 + random.nextInt(3),
                            "request",
                            "예약 점검",
                            "dropOff",
                            "DROP"));
            if (a.status() != 201) {
                return;
            }
            String status = a.json().path("status").asText();
            acknowledged.put(a.id(), status);
            if (status.equals("BOOKED") && random.nextBoolean()) {
                Api.Res c;
                try {
                    c = counter.post("/appointments/" + a.id() + "/cancel", Api.obj("reason", "취소"));
                } catch (RuntimeException lost) {
                    acknowledged.remove(a.id()); // sent, its answer lost: either status may be the truth
                    throw lost;
                }
                if (c.status() == 200) {
                    acknowledged.put(a.id(), "CANCELLED");
                } else {
                    acknowledged.remove(a.id());
                }
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /** Sells points to the first car's owner (so bookings can take their deposit). */
    /** Moves one or two units of a part between the demo's two locations, either way. */
    private void transfer(Api boss, Map<Long, Integer> acknowledged) {
        try {
            boolean back = random.nextBoolean();
            int units = 1 + random.nextInt(2);
            Api.Res r = boss.post(
                    "/stockTransfers",
                    Api.obj(
                            "fromLocationId",
                            back ? 2 : 1,
                            "toLocationId",
                            back ? 1 : 2,
                            "lines",
                            List.of(Map.of("vehiclePartId", 2, "quantity", units))));
            if (r.status() == 201) {
                acknowledged.put(r.id(), units);
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    private void buyPoints(Api counter, Map<Long, Long> acknowledged) {
        try {
            long customer = counter.get("/vehicles?limit=1")
                    .json()
                    .path("items")
                    .get(0)
                    .path("customerId")
                    .asLong();
            int points = 500 + random.nextInt(2_000);
            Api.Res r = counter.post(
                    "/customers/" + customer + "/points/purchases",
                    Api.obj("points", points, "amount", points, "method", "CASH"));
            if (r.status() == 201) {
                acknowledged.put(r.id(), customer);
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Orders four units of a part from a supplier and receives them in two deliveries; each
     * acknowledged delivery is recorded with the units received so far.
     */
    private void deliver(Api manager, Map<Long, Integer> acknowledged) {
        try {
            Api.Res supplier = manager.get("/suppliers?limit=1");
            long supplierId = supplier.json().path("items").path(0).path("id").asLong();
            long part = 2L + random.nextInt(20);
            Api.Res o = manager.post(
                    "/purchaseOrders",
                    Api.obj(
                            "supplierId",
                            supplierId,
                            "lines",
                            java.util.List.of(Map.of(
                                    "vehiclePartId", part, "quantity", 4, "unitCost", 1_000 + random.nextInt(500)))));
            if (o.status() != 201
                    || manager.post("/purchaseOrders/" + o.id() + "/order", null)
                                    .status()
                            != 200) {
                return;
            }
            for (int units = 2; units <= 4; units += 2) {
                Api.Res d = manager.post(
                        "/purchaseOrders/" + o.id() + "/receipts",
                        Api.obj(
                                "vendorInvoiceNumber",
                                "CR-" + o.id(),
                                "lines",
                                java.util.List.of(Map.of("vehiclePartId", part, "quantity", 2))));
                if (d.status() != 201) {
                    return;
                }
                acknowledged.put(o.id(), units);
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Takes a receipt, gives it an estimate of two labour lines, presents it and records the
     * customer's decisions (the first approved, the second declined); an acknowledged approval is
     * recorded with the hours it booked.
     */
    private void estimate(Api counter, Map<Long, String> acknowledged) {
        try {
            Api.Res r = counter.post(
                    "/receipts",
                    Api.obj(
                            "customerName", "견적 고객",
                            "carId", (10 + random.nextInt(90)) + "다 " + (1000 + random.nextInt(9000)),
                            "mechanicId", 2 + random.nextInt(3),
                            "estimatedHours", "0.01",
                            "request", "점검"));
            if (r.status() != 201 || !r.json().path("status").asText().equals("ACCEPTED")) {
                return;
            }
            com.fasterxml.jackson.databind.node.ArrayNode lines = Api.JSON.createArrayNode();
            lines.add(Api.obj("kind", "LABOR", "description", "점검", "hours", new java.math.BigDecimal("0.01")));
            lines.add(Api.obj("kind", "LABOR", "description", "추가", "hours", new java.math.BigDecimal("0.02")));
            Api.Res e = counter.post("/receipts/" + r.id() + "/estimates", Api.obj("lines", lines));
            if (e.status() != 201
                    || counter.post("/estimates/" + e.id() + "/present", null).status() != 200) {
                return;
            }
            com.fasterxml.jackson.databind.node.ArrayNode decisions = Api.JSON.createArrayNode();
            decisions.add(
                    Api.obj("lineId", e.json().path("lines").get(0).path("id").asLong(), "decision", "APPROVED"));
            decisions.add(
                    Api.obj("lineId", e.json().path("lines").get(1).path("id").asLong(), "decision", "DECLINED"));
            Api.Res a = counter.post(
                    "/estimates/" + e.id() + "/approvals",
                    Api.obj("decisions", decisions, "method", "PHONE", "customerName", "견적 고객"));
            if (a.status() == 201) {
                acknowledged.put(e.id(), "0.01");
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Asks for two of a part and, when issued, gives one back (a partial return). Each request is
     * recorded as "STATUS/returnedQuantity" once acknowledged; a return whose answer was lost
     * leaves the request unknown, so it is no longer checked.
     */
    private void part(Api kim, long job, Map<Long, String> acknowledged) {
        long id = 0;
        try {
            Api.Res r = kim.post(
                    "/jobs/" + job + "/partRequests", Api.obj("vehiclePartId", 1 + random.nextInt(32), "quantity", 2));
            if (r.status() != 201) {
                return;
            }
            String status = r.json().path("status").asText();
            acknowledged.put(r.id(), status + "/0");
            if (!status.equals("ISSUED")) {
                return;
            }
            id = r.id();
            Api.Res back = kim.post("/jobs/" + job + "/partRequests/" + id + "/return", Api.obj("quantity", 1));
            if (back.status() == 200) {
                acknowledged.put(id, "ISSUED/1");
            } else {
                acknowledged.remove(id);
            }
        } catch (RuntimeException e) {
            if (id != 0) {
                acknowledged.remove(id);
            }
            sleep();
        }
    }

    private void pay(Api counter, Map<Long, Long> paidAtLeast) {
        try {
            for (var inv : counter.get("/invoices?status=ISSUED").json().path("items")) {
                Api.Res r = counter.post(
                        "/invoices/" + inv.path("id").asLong() + "/payments", Api.obj("amount", 1, "method", "CASH"));
                if (r.status() == 201) {
                    paidAtLeast.merge(r.id(), r.json().path("paid").asLong(), Math::max);
                }
            }
            for (var inv : counter.get("/invoices?status=PARTIALLY_PAID").json().path("items")) {
                Api.Res r = counter.post(
                        "/invoices/" + inv.path("id").asLong() + "/payments", Api.obj("amount", 1, "method", "CARD"));
                if (r.status() == 201) {
                    paidAtLeast.merge(r.id(), r.json().path("paid").asLong(), Math::max);
                }
            }
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /**
     * Corrects a partly paid invoice: refunds 1 of what was paid, then voids its first payment
     * still standing (refused, and fine, when the refund left too little paid).
     */
    private void correct(Api manager, Map<Long, Long> corrections, Set<Long> corrected) {
        try {
            for (var inv : manager.get("/invoices?status=PARTIALLY_PAID&limit=2")
                    .json()
                    .path("items")) {
                long id = inv.path("id").asLong();
                corrected.add(id);
                Api.Res r = manager.post(
                        "/invoices/" + id + "/refunds", Api.obj("amount", 1, "method", "CASH", "reason", "crash"));
                if (r.status() == 201) {
                    var payments = r.json().path("payments");
                    corrections.put(payments.get(payments.size() - 1).path("id").asLong(), id);
                    for (var p : payments) {
                        if (p.path("amount").asLong() > 0
                                && p.path("voidedByPaymentId").isNull()) {
                            Api.Res v = manager.post(
                                    "/payments/" + p.path("id").asLong() + "/void", Api.obj("reason", "crash"));
                            if (v.status() == 201) {
                                var after = v.json().path("payments");
                                corrections.put(
                                        after.get(after.size() - 1).path("id").asLong(), id);
                            }
                            break;
                        }
                    }
                }
            }
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sleep();
        }
    }

    /** Voids a partly paid invoice with its refund, then invoices its work again. */
    private void voidAndReissue(Api manager, Map<Long, Long> reissued) {
        try {
            for (var inv : manager.get("/invoices?status=PARTIALLY_PAID&limit=1")
                    .json()
                    .path("items")) {
                long receipt = inv.path("receiptId").asLong();
                Api.Res v = manager.post(
                        "/invoices/" + inv.path("id").asLong() + "/void",
                        Api.obj("reason", "crash", "refundMethod", "CASH"));
                if (v.status() != 200) {
                    continue;
                }
                Api.Res r = manager.post("/receipts/" + receipt + "/reissueInvoice", Api.obj("reason", "crash"));
                if (r.status() == 200) {
                    reissued.merge(receipt, r.json().path("invoiceId").asLong(), Math::max);
                }
            }
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sleep();
        }
    }

    private Process start(int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.shopsuite.server.ShopServer",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--data-dir",
                dir.toString(),
                "--demo");
        pb.environment().put("SHOP_ADMIN_PASSWORD", "crash-admin-pw");
        pb.environment().put("SHOP_PASSWORD_ITERATIONS", "1000");
        pb.environment().put("SHOP_BACKUPS_AUTOMATIC", "false");
        pb.environment().put("SHOP_RATE_LIMIT", "0");
        pb.environment().putAll(database());
        pb.redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("server-" + System.nanoTime() + ".log").toFile());
        Process p = pb.start();
        Api api = new Api("http://127.0.0.1:" + port);
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (api.get("/ready").status() == 200) {
                    return p;
                }
            } catch (RuntimeException e) {
                // not up yet
            }
            if (!p.isAlive()) {
                throw new AssertionError("the server exited with " + p.exitValue());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become ready");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String one(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
