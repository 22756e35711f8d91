package org.shopsuite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Json;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.event.EventData;
import org.shopsuite.model.event.InvoiceIssued;
import org.shopsuite.model.event.JobCancelled;
import org.shopsuite.model.event.JobCreated;
import org.shopsuite.model.event.JobFinished;
import org.shopsuite.model.event.JobStarted;
import org.shopsuite.model.event.ManDayDecreased;
import org.shopsuite.model.event.ManDayOver;
import org.shopsuite.model.event.ManDayRestored;
import org.shopsuite.model.event.PartIssued;
import org.shopsuite.model.event.PartRequested;
import org.shopsuite.model.event.PaymentRecorded;
import org.shopsuite.model.event.ReceiptCancelled;
import org.shopsuite.model.event.ReceiptRejected;
import org.shopsuite.model.event.RepairRequested;
import org.shopsuite.server.db.Migrator;
import org.shopsuite.server.service.user.PasswordHasher;

/**
 * Writes a big, realistic and self-consistent shop history straight into a new database: ten
 * years of receipts (accepted and finished with parts, invoices and payments; rejected for
 * capacity; cancelled; the newest still open), with every event, ledger row and status-board row
 * the server would have written. Users: admin, counter, manager (password {@code bench1234}) and a
 * mechanic user per mechanic.
 *
 * <p>The database is written in the <em>released</em> schema ({@link #RELEASED_SCHEMA}, version 6:
 * before issue 16's customers and vehicles) with the server's own migrations, and only with the
 * columns of that schema: the current server upgrades it on its first start, linking every receipt
 * to a customer and a vehicle. {@code --schema N} writes another version's schema (the same
 * columns).
 *
 * <p>The receipts are repeat visits ({@link Fleet}): for N receipts about 0.3 N customers (name and
 * {@code 010-XXXX-XXXX}; 3% without a phone, 0.5% sharing a family phone, 10% of visits typed
 * without hyphens) and 0.4 N vehicles (plates {@code 12가3456} and {@code 123가4567}, 3% with a
 * region {@code 서울12가3456}, 3% non-standard {@code TEMP-123}, {@code DLR 123}, {@code AB 123 CD};
 * typed "12가3456", "12가 3456", "12가-3456" or "12 가 3456" on different visits of the same car).
 * A quarter of the customers own two or three cars; every car visits at least once, regulars 10 to
 * 35 times, and five cars (from 20,000 receipts up) about 200 times. A car keeps its owner's name
 * and phone, except that 1% of its later visits come after a sale (another customer from then on);
 * its mileage ({@code mileage_km}) rises over its visits, 3% of visits without a reading. The run
 * ends with a summary: receipts, distinct plates (spaces and hyphens removed), distinct phones,
 * and the plates of the 200-visit cars. Deterministic for a seed (42).
 *
 * <pre>{@code
 * ./mvnw -B -o -q -pl shop-bench -am package -DskipTests
 * java -cp 'shop-bench/target/shop-bench-0.1.0-SNAPSHOT.jar:shop-bench/target/lib/*' \
 *      org.shopsuite.bench.Generate --data-dir /tmp/gen1m --receipts 1000000   # about 2 minutes
 * java -cp 'shop-bench/target/shop-bench-0.1.0-SNAPSHOT.jar:shop-bench/target/lib/*' \
 *      org.shopsuite.bench.Generate --data-dir /tmp/gen20k --receipts 20000    # a few seconds
 * }</pre>
 */
public final class Generate {
    public static final String PASSWORD = "bench1234";
    /**
     * The schema of the released server (before issue 16's customers and vehicles): a generated
     * database is one that release wrote, for the current server to upgrade on its first start.
     */
    public static final int RELEASED_SCHEMA = 6;

    static final int MECHANICS = 40;
    static final int PARTS = 500;
    static final int DEFAULT_DAYS = 3_650;
    /** Every generated mechanic works 8 hours a day. */
    static final long DAY_CENTI = 800;

    private static final ZoneOffset SHOP_ZONE = ZoneOffset.ofHours(9);

    private static final String[] FAMILY = {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"
    };
    private static final String[] GIVEN = {
        "민수", "서준", "지훈", "유나", "도현", "하은", "지민", "서연", "예준", "수아", "건우", "지우", "현우", "채원", "시우", "다은", "준서", "은지",
        "태윤", "소율"
    };
    private static final String[] REQUESTS = {
        "엔진오일 및 필터 교환",
        "브레이크 패드 교체",
        "타이어 위치 교환",
        "에어컨 냉매 충전",
        "배터리 교체",
        "와이퍼 교체",
        "정기 점검",
        "Check engine light",
        "Timing belt replacement",
        "Suspension noise over bumps",
        "냉각수 누수 점검",
        "변속기 오일 교환"
    };
    private final ObjectMapper json = Json.newMapper();
    private final SplittableRandom random;
    private final Connection c;
    private long seq;
    private final long[] stock = new long[PARTS + 1];
    private final long[] price = new long[PARTS + 1];
    private final Map<Integer, Integer> invoiceNumbers = new HashMap<>();
    private PreparedStatement receipt;
    private PreparedStatement job;
    private PreparedStatement partRequest;
    private PreparedStatement movement;
    private PreparedStatement invoice;
    private PreparedStatement line;
    private PreparedStatement payment;
    private PreparedStatement event;
    private PreparedStatement board;
    private long partRequestId;
    private long movementId;
    private long paymentId;

    private final int days;
    private final long seed;
    private Fleet fleet;

    private Generate(Connection c, long seed, int days) {
        this.c = c;
        this.days = days;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        long receipts = 100_000;
        long seed = 42;
        int days = DEFAULT_DAYS;
        int schema = RELEASED_SCHEMA;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[++i]);
                case "--receipts" -> receipts = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--schema" -> schema = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException(
                    "usage: Generate --data-dir DIR [--receipts N] [--seed S] [--days D (history up to yesterday; 3650)]"
                            + " [--schema V (the schema version written; " + RELEASED_SCHEMA + ", the released one)]");
        }
        long t0 = System.nanoTime();
        String summary = generate(dir, receipts, seed, days, schema);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long size = Files.size(dir.resolve("shop.db"));
        System.out.printf(
                "generated %,d receipts in %.1f s: %s (%,d MB)%n",
                receipts, ms / 1000.0, dir.resolve("shop.db"), size / (1024 * 1024));
        System.out.print(summary);
    }

    /** Creates {@code dir/shop.db} (which must not exist) with {@code receipts} receipts. */
    public static void generate(Path dir, long receipts, long seed) throws Exception {
        generate(dir, receipts, seed, DEFAULT_DAYS);
    }

    /** As above, the history spread over the {@code days} days before today (the shop's zone). */
    public static void generate(Path dir, long receipts, long seed, int days) throws Exception {
        generate(dir, receipts, seed, days, RELEASED_SCHEMA);
    }

    /**
     * As above, in schema {@code version} (the generator writes only the columns of the released
     * schema, {@link #RELEASED_SCHEMA}, which every later schema keeps); answers a summary of the
     * customers and vehicles written.
     */
    public static String generate(Path dir, long receipts, long seed, int days, int version) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("shop.db");
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists already");
        }
        // the released schema, by the server's own migrations: the server upgrades it when it starts
        Migrator.createAt(file, version);
        String summary;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA cache_size=-200000");
                s.execute("PRAGMA temp_store=MEMORY");
            }
            c.setAutoCommit(false);
            Generate g = new Generate(c, seed, days);
            g.masterData();
            g.history(receipts);
            summary = g.fleet.summary(receipts);
            c.commit();
            try (Statement s = c.createStatement()) {
                // A bulk load leaves the search index in many segments; merge them as time would.
                s.execute("INSERT INTO receipt_search (receipt_search) VALUES ('optimize')");
                c.commit();
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        return summary;
    }

    private void masterData() throws Exception {
        Instant start = start();
        String now = start.toString();
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE shop SET name = '한빛 자동차 정비 (Hanbit Auto, all branches)', address = '서울',"
                    + " phone = '02-123-4567', labor_rate_per_hour = 66000, tax_rate_bp = 1000, version = 2");
        }
        PasswordHasher hasher = new PasswordHasher(1_000);
        String hash = hasher.hash(PASSWORD);
        try (PreparedStatement m = c.prepareStatement(
                        "INSERT INTO mechanics (id, name, daily_capacity_centi, active, version, created_at, updated_at) VALUES (?, ?, "
                                + DAY_CENTI + ", 1, 1, ?, ?)");
                PreparedStatement u = c.prepareStatement(
                        "INSERT INTO users (username, password_hash, role, mechanic_id, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?)")) {
            for (String[] user :
                    new String[][] {{"admin", "MANAGER"}, {"manager", "MANAGER"}, {"counter", "RECEPTIONIST"}}) {
                u.setString(1, user[0]);
                u.setString(2, hash);
                u.setString(3, user[1]);
                u.setObject(4, null);
                u.setString(5, now);
                u.setString(6, now);
                u.addBatch();
            }
            for (int i = 1; i <= MECHANICS; i++) {
                m.setInt(1, i);
                m.setString(2, FAMILY[i % FAMILY.length] + GIVEN[(i * 7) % GIVEN.length] + (i > 20 ? " " + i : ""));
                m.setString(3, now);
                m.setString(4, now);
                m.addBatch();
                u.setString(1, "mech" + i);
                u.setString(2, hash);
                u.setString(3, "MECHANIC");
                u.setInt(4, i);
                u.setString(5, now);
                u.setString(6, now);
                u.addBatch();
            }
            m.executeBatch();
            u.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO vehicle_parts (id, part_id, part_name, stock, part_price, cost_price, reorder_point, barcode, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            prepare();
            for (int i = 1; i <= PARTS; i++) {
                stock[i] = 1_000_000_000L / PARTS;
                price[i] = 1_000L * (5 + random.nextInt(300));
                p.setInt(1, i);
                p.setString(2, String.format("P-%05d", i));
                p.setString(3, "부품 " + i + " (Part " + i + ")");
                p.setLong(4, 0); // set at the end, after the ledger
                p.setLong(5, price[i]);
                p.setLong(6, price[i] * 6 / 10);
                p.setInt(7, 5);
                p.setString(8, String.format("880%010d", i));
                p.setString(9, now);
                p.setString(10, now);
                p.addBatch();
                movement(i, "INITIAL", stock[i], null, null, "initial stock", "system", now);
            }
            p.executeBatch();
        }
    }

    private void prepare() throws Exception {
        receipt = c.prepareStatement(
                "INSERT INTO receipts (id, customer_name, customer_phone, car_id, make, model, year, mileage_km, mechanic_id, request_date, estimated_centi, request, status, rejection_reason, cancel_reason, created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'counter', ?, ?, ?)");
        job = c.prepareStatement(
                "INSERT INTO jobs (id, receipt_id, mechanic_id, work_date, estimated_centi, labor_centi, status, notes, started_at, finished_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)");
        partRequest = c.prepareStatement(
                "INSERT INTO part_requests (id, job_id, vehicle_part_id, quantity, status, rejection_reason, unit_price, part_number, part_name, requested_by, requested_at) VALUES (?, ?, ?, ?, 'ISSUED', NULL, ?, ?, ?, ?, ?)");
        movement = c.prepareStatement(
                "INSERT INTO stock_movements (id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        invoice = c.prepareStatement(
                "INSERT INTO invoices (id, number, receipt_id, job_id, currency, tax_rate_bp, labor_rate_per_hour, issuer_name, issuer_address, issuer_phone, subtotal, tax, total, paid, status, issued_at, version) VALUES (?, ?, ?, ?, 'KRW', 1000, 66000, '한빛 자동차 정비소', '서울특별시 마포구 월드컵로 123', '02-123-4567', ?, ?, ?, ?, ?, ?, ?)");
        line = c.prepareStatement(
                "INSERT INTO invoice_lines (invoice_id, line_no, kind, description, quantity_centi, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?)");
        payment = c.prepareStatement(
                "INSERT INTO payments (id, invoice_id, amount, method, received_by, received_at) VALUES (?, ?, ?, ?, 'counter', ?)");
        event = c.prepareStatement(
                "INSERT INTO events (seq, type, occurred_at, actor, receipt_id, job_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)");
        board = c.prepareStatement(
                "INSERT INTO status_pages (receipt_id, customer_name, car_id, request_date, mechanic_name, receipt_status, job_status, invoice_total, invoice_status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private Instant start() {
        return LocalDate.now(SHOP_ZONE).minusDays(days).atStartOfDay(SHOP_ZONE).toInstant();
    }

    /** The last day of a generated history: yesterday in the shop's zone. */
    public static LocalDate lastDay() {
        return LocalDate.now(SHOP_ZONE).minusDays(1);
    }

    private void history(long n) throws Exception {
        Instant start = start();
        long span = days * 86_400L - 601; // ends before today begins in the shop's zone
        long jobId = 0;
        long invoiceId = 0;
        fleet = new Fleet(n, seed);
        for (long id = 1; id <= n; id++) {
            Instant at = start.plusSeconds(span * (id - 1) / n + random.nextInt(600));
            String t = at.toString();
            LocalDate date = LocalDate.ofInstant(at, SHOP_ZONE);
            boolean recent = id > n - Math.min(200, n / 10);
            int mech = 1 + random.nextInt(MECHANICS);
            String mechName =
                    FAMILY[mech % FAMILY.length] + GIVEN[(mech * 7) % GIVEN.length] + (mech > 20 ? " " + mech : "");
            Fleet.Visit visit =
                    fleet.visit((int) (id - 1), (int) ((at.getEpochSecond() - start.getEpochSecond()) / 86_400));
            String name = visit.name();
            String phone = visit.phone();
            String car = visit.plate();
            String request = REQUESTS[random.nextInt(REQUESTS.length)];
            long est = 25L * (1 + random.nextInt(8));
            int roll = random.nextInt(100);
            String status = recent ? "ACCEPTED" : roll < 5 ? "REJECTED" : roll < 9 ? "CANCELLED" : "COMPLETED";
            String jobStatus = switch (status) {
                case "REJECTED" -> null;
                case "CANCELLED" -> "CANCELLED";
                case "COMPLETED" -> "FINISHED";
                default -> random.nextBoolean() ? "WAITING" : "IN_PROGRESS";
            };
            receipt.setLong(1, id);
            receipt.setString(2, name);
            receipt.setString(3, phone);
            receipt.setString(4, car);
            receipt.setString(5, visit.make());
            receipt.setString(6, visit.model());
            receipt.setInt(7, visit.year());
            receipt.setObject(8, visit.mileageKm());
            receipt.setInt(9, mech);
            receipt.setString(10, date.toString());
            receipt.setLong(11, est);
            receipt.setString(12, request);
            receipt.setString(13, status);
            receipt.setString(14, status.equals("REJECTED") ? "MECHANIC_CAPACITY" : null);
            receipt.setString(15, status.equals("CANCELLED") ? "고객 요청" : null);
            receipt.setString(16, t);
            receipt.setString(17, t);
            receipt.setInt(18, status.equals("ACCEPTED") ? 1 : 2);
            receipt.addBatch();
            BigDecimal hours = BigDecimal.valueOf(est, 2);
            event(
                    new RepairRequested(
                            name,
                            phone,
                            car,
                            mech,
                            mechName,
                            date,
                            hours,
                            request,
                            status.equals("REJECTED") ? ReceiptStatus.REJECTED : ReceiptStatus.ACCEPTED,
                            null,
                            null,
                            null),
                    t,
                    "counter",
                    id,
                    null);
            Long invoiceTotal = null;
            String invoiceStatus = null;
            if (status.equals("REJECTED")) {
                event(new ManDayOver(mech, date, hours, BigDecimal.ZERO), t, "counter", id, null);
                event(new ReceiptRejected("MECHANIC_CAPACITY"), t, "counter", id, null);
            } else {
                long j = ++jobId;
                event(
                        new ManDayDecreased(
                                mech, date, hours, hours, BigDecimal.valueOf(DAY_CENTI - est, 2), "RECEIPT"),
                        t,
                        "counter",
                        id,
                        j);
                event(new JobCreated(j, mech, mechName, date, hours, JobStatus.WAITING), t, "counter", id, j);
                String startedAt = jobStatus.equals("WAITING") || jobStatus.equals("CANCELLED")
                        ? null
                        : at.plusSeconds(1800).toString();
                String finishedAt = jobStatus.equals("FINISHED")
                        ? at.plusSeconds(1800 + est * 36).toString()
                        : null;
                job.setLong(1, j);
                job.setLong(2, id);
                job.setInt(3, mech);
                job.setString(4, date.toString());
                job.setLong(5, est);
                job.setObject(6, jobStatus.equals("FINISHED") ? est : null);
                job.setString(7, jobStatus);
                job.setString(8, startedAt);
                job.setString(9, finishedAt);
                job.setString(10, t);
                job.setString(11, finishedAt != null ? finishedAt : t);
                job.setInt(12, jobStatus.equals("WAITING") ? 1 : jobStatus.equals("IN_PROGRESS") ? 2 : 3);
                job.addBatch();
                if (jobStatus.equals("CANCELLED")) {
                    event(new JobCancelled("고객 요청"), t, "counter", id, j);
                    event(new ManDayRestored(mech, date, hours, "RECEIPT_CANCELLED"), t, "counter", id, j);
                    event(new ReceiptCancelled("고객 요청"), t, "counter", id, j);
                }
                if (startedAt != null) {
                    event(new JobStarted(JobStatus.IN_PROGRESS, mech), startedAt, "mech" + mech, id, j);
                    long partsTotal = 0;
                    int parts = random.nextInt(3);
                    long[][] issued = new long[parts][];
                    for (int k = 0; k < parts; k++) {
                        int part = 1 + random.nextInt(PARTS);
                        int qty = 1 + random.nextInt(2);
                        long pr = ++partRequestId;
                        partRequest.setLong(1, pr);
                        partRequest.setLong(2, j);
                        partRequest.setInt(3, part);
                        partRequest.setInt(4, qty);
                        partRequest.setLong(5, price[part]);
                        partRequest.setString(6, String.format("P-%05d", part));
                        partRequest.setString(7, "부품 " + part + " (Part " + part + ")");
                        partRequest.setString(8, "mech" + mech);
                        partRequest.setString(9, startedAt);
                        partRequest.addBatch();
                        stock[part] -= qty;
                        movement(part, "ISSUE", -qty, j, pr, "job " + j, "mech" + mech, startedAt);
                        String partNumber = String.format("P-%05d", part);
                        String partName = "부품 " + part + " (Part " + part + ")";
                        event(new PartRequested(pr, part, partNumber, partName, qty), startedAt, "mech" + mech, id, j);
                        event(
                                new PartIssued(pr, part, qty, price[part], (int) stock[part]),
                                startedAt,
                                "mech" + mech,
                                id,
                                j);
                        partsTotal += price[part] * qty;
                        issued[k] = new long[] {part, qty};
                    }
                    if (finishedAt != null) {
                        event(new JobFinished(JobStatus.FINISHED, hours, null), finishedAt, "mech" + mech, id, j);
                        long inv = ++invoiceId;
                        long labor = est * 66_000 / 100;
                        long subtotal = labor + partsTotal;
                        long tax = (subtotal + 5) / 10;
                        long total = subtotal + tax;
                        int year = date.getYear();
                        int number = invoiceNumbers.merge(year, 1, Integer::sum);
                        boolean paid = random.nextInt(100) < 95;
                        invoice.setLong(1, inv);
                        invoice.setString(2, String.format("INV-%d-%06d", year, number));
                        invoice.setLong(3, id);
                        invoice.setLong(4, j);
                        invoice.setLong(5, subtotal);
                        invoice.setLong(6, tax);
                        invoice.setLong(7, total);
                        invoice.setLong(8, paid ? total : 0);
                        invoice.setString(9, paid ? "PAID" : "ISSUED");
                        invoice.setString(10, finishedAt);
                        invoice.setInt(11, paid ? 2 : 1);
                        invoice.addBatch();
                        line(inv, 1, "LABOR", "Labour: " + request, est, 66_000, labor);
                        for (int k = 0; k < parts; k++) {
                            line(
                                    inv,
                                    k + 2,
                                    "PART",
                                    String.format("P-%05d", issued[k][0]) + " 부품",
                                    issued[k][1] * 100,
                                    price[(int) issued[k][0]],
                                    price[(int) issued[k][0]] * issued[k][1]);
                        }
                        event(
                                new InvoiceIssued(
                                        inv,
                                        String.format("INV-%d-%06d", year, number),
                                        "KRW",
                                        subtotal,
                                        tax,
                                        total,
                                        null,
                                        null),
                                finishedAt,
                                "mech" + mech,
                                id,
                                j);
                        invoiceTotal = total;
                        invoiceStatus = paid ? "PAID" : "ISSUED";
                        if (paid) {
                            long p = ++paymentId;
                            payment.setLong(1, p);
                            payment.setLong(2, inv);
                            payment.setLong(3, total);
                            PaymentMethod method = random.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.CASH;
                            payment.setString(4, method.name());
                            payment.setString(5, finishedAt);
                            payment.addBatch();
                            event(
                                    new PaymentRecorded(inv, p, total, method, total, 0, InvoiceStatus.PAID),
                                    finishedAt,
                                    "counter",
                                    id,
                                    j);
                        }
                    }
                }
            }
            board.setLong(1, id);
            board.setString(2, name);
            board.setString(3, car);
            board.setString(4, date.toString());
            board.setString(5, mechName);
            board.setString(6, status);
            board.setString(7, jobStatus);
            board.setObject(8, invoiceTotal);
            board.setString(9, invoiceStatus);
            board.setString(10, t);
            board.addBatch();
            if (id % 5_000 == 0) {
                flush();
            }
            if (id % 100_000 == 0) {
                c.commit();
                System.out.printf("  %,d receipts, %,d events%n", id, seq);
            }
        }
        flush();
        try (PreparedStatement s = c.prepareStatement("UPDATE vehicle_parts SET stock = ? WHERE id = ?")) {
            for (int i = 1; i <= PARTS; i++) {
                s.setLong(1, stock[i]);
                s.setInt(2, i);
                s.addBatch();
            }
            s.executeBatch();
        }
        // the counters of location 1 (schema 19 on), or of the shop's one numbering before it
        boolean perLocation;
        try (Statement q = c.createStatement();
                var columns = q.executeQuery(
                        "SELECT 1 FROM pragma_table_info('invoice_counters') WHERE name = 'location_id'")) {
            perLocation = columns.next();
        }
        try (PreparedStatement s = c.prepareStatement(
                perLocation
                        ? "INSERT INTO invoice_counters (location_id, year, last_number) VALUES (1, ?, ?)"
                        : "INSERT INTO invoice_counters (year, last_number) VALUES (?, ?)")) {
            for (var e : invoiceNumbers.entrySet()) {
                s.setInt(1, e.getKey());
                s.setInt(2, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void flush() throws Exception {
        for (PreparedStatement s :
                new PreparedStatement[] {receipt, job, partRequest, movement, invoice, line, payment, event, board}) {
            s.executeBatch();
        }
    }

    private void movement(int part, String kind, long delta, Long job, Long pr, String reason, String actor, String at)
            throws Exception {
        movement.setLong(1, ++movementId);
        movement.setInt(2, part);
        movement.setString(3, kind);
        movement.setLong(4, delta);
        movement.setLong(5, kind.equals("INITIAL") ? delta : stock[part]);
        movement.setString(6, reason);
        movement.setObject(7, job);
        movement.setObject(8, pr);
        movement.setString(9, actor);
        movement.setString(10, at);
        movement.addBatch();
    }

    private void line(long inv, int no, String kind, String desc, long qtyCenti, long unit, long amount)
            throws Exception {
        line.setLong(1, inv);
        line.setInt(2, no);
        line.setString(3, kind);
        line.setString(4, desc);
        line.setLong(5, qtyCenti);
        line.setLong(6, unit);
        line.setLong(7, amount);
        line.addBatch();
    }

    /** An event written through its record, as the server writes it. */
    private void event(EventData data, String at, String actor, long receiptId, Long jobId) throws Exception {
        event.setLong(1, ++seq);
        event.setString(2, data.type().name());
        event.setString(3, at);
        event.setString(4, actor);
        event.setLong(5, receiptId);
        event.setObject(6, jobId);
        event.setString(7, json.writeValueAsString(data));
        event.addBatch();
    }
}
