package org.shopsuite.server.db.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.TimeEntryKind;

/**
 * The manager's reports: reads over the shop's own records, each bounded by an index on the time
 * it is grouped by (ADR 22). A range is {@code [start, end)} given as {@code yyyy-MM-ddTHH:mm:ss}
 * without the zone letter: stored instants have a varying number of decimals, and a bound that is
 * a prefix of them compares right whatever follows it.
 */
public interface ReportDao {

    // ---- the daily close -------------------------------------------------------------------

    /** Payments on invoices in the range by method; {@code taken} false for refunds (negative rows). */
    record PaymentSum(PaymentMethod method, boolean taken, int n, long amount, long points) {}

    @SqlQuery("SELECT method, CASE WHEN amount > 0 THEN 1 ELSE 0 END AS taken, COUNT(*) AS n,"
            + " SUM(amount) AS amount, COALESCE(SUM(points), 0) AS points FROM payments p"
            + " WHERE received_at >= :start AND received_at < :end AND (:locationId IS NULL OR EXISTS"
            + " (SELECT 1 FROM invoices i WHERE i.id = p.invoice_id AND i.location_id = :locationId))"
            + " GROUP BY method, CASE WHEN amount > 0 THEN 1 ELSE 0 END")
    List<PaymentSum> payments(String start, String end, Long locationId);

    /** Invoices issued in the range and not void, and of them those unpaid at the range's end. */
    record IssuedSum(int issued, long subtotal, long tax, long total, int unpaid, long unpaidAmount) {}

    @SqlQuery("SELECT COUNT(*) AS issued, COALESCE(SUM(subtotal), 0) AS subtotal, COALESCE(SUM(tax), 0) AS tax,"
            + " COALESCE(SUM(total), 0) AS total,"
            + " COALESCE(SUM(CASE WHEN total > paid_by_end THEN 1 ELSE 0 END), 0) AS unpaid,"
            + " COALESCE(SUM(CASE WHEN total > paid_by_end THEN total - paid_by_end ELSE 0 END), 0) AS unpaid_amount"
            + " FROM (SELECT i.subtotal, i.tax, i.total, (SELECT COALESCE(SUM(p.amount), 0) FROM payments p"
            + " WHERE p.invoice_id = i.id AND p.received_at < :end) AS paid_by_end FROM invoices i"
            + " WHERE i.issued_at >= :start AND i.issued_at < :end AND i.status <> 'VOID'"
            + " AND (:locationId IS NULL OR i.location_id = :locationId)) d")
    IssuedSum issued(String start, String end, Long locationId);

    record VoidedSum(int voided, long total) {}

    @SqlQuery("SELECT COUNT(*) AS voided, COALESCE(SUM(total), 0) AS total FROM invoices"
            + " WHERE voided_at >= :start AND voided_at < :end AND (:locationId IS NULL OR location_id = :locationId)")
    VoidedSum voided(String start, String end, Long locationId);

    /** Counter sales made on the day, by method (every sale, cancelled later or not). */
    record SaleSum(PaymentMethod method, int n, long amount) {}

    @SqlQuery("SELECT method, COUNT(*) AS n, SUM(total) AS amount FROM counter_sales WHERE sold_on = :day"
            + " AND (:locationId IS NULL OR location_id = :locationId) GROUP BY method")
    List<SaleSum> counterSales(LocalDate day, Long locationId);

    /** Counter sales cancelled or returned in the range, with what was refunded, by method. */
    @SqlQuery("SELECT method, COUNT(*) AS n, SUM(refunded) AS amount FROM counter_sales"
            + " WHERE cancelled_at >= :start AND cancelled_at < :end"
            + " AND (:locationId IS NULL OR location_id = :locationId) GROUP BY method")
    List<SaleSum> counterRefunds(String start, String end, Long locationId);

    record PointsSale(PaymentMethod method, int n, long points, long amount) {}

    @SqlQuery("SELECT method, COUNT(*) AS n, SUM(points) AS points, SUM(amount) AS amount FROM points_purchases"
            + " WHERE sold_at >= :start AND sold_at < :end AND (:locationId IS NULL OR location_id = :locationId)"
            + " GROUP BY method")
    List<PointsSale> pointsSales(String start, String end, Long locationId);

    record CloseRow(
            long id,
            LocalDate day,
            long countedCash,
            long expectedCash,
            long difference,
            String note,
            String closedBy,
            Instant closedAt,
            String reopenedBy,
            Instant reopenedAt,
            String reopenReason) {}

    /** A location's drawer counts of a day, newest first. */
    @SqlQuery("SELECT * FROM daily_closes WHERE location_id = :locationId AND day = :day ORDER BY id DESC")
    List<CloseRow> closes(long locationId, LocalDate day);

    @SqlQuery("SELECT * FROM daily_closes WHERE location_id = :locationId AND day = :day AND reopened_at IS NULL")
    Optional<CloseRow> standing(long locationId, LocalDate day);

    @SqlQuery("INSERT INTO daily_closes (location_id, day, counted_cash, expected_cash, difference, note, closed_by,"
            + " closed_at) VALUES (:locationId, :day, :counted, :expected, :counted - :expected, :note, :by, :at)"
            + " RETURNING id")
    long close(long locationId, LocalDate day, long counted, long expected, String note, String by, Instant at);

    @SqlUpdate("UPDATE daily_closes SET reopened_by = :by, reopened_at = :at, reopen_reason = :reason"
            + " WHERE id = :id AND reopened_at IS NULL")
    int reopen(long id, String by, Instant at, String reason);

    // ---- technicians -----------------------------------------------------------------------

    /**
     * A time entry that overlaps the range. For a paused job entry, {@code nextStart} is the start
     * of the job's next entry (its resume) and {@code jobEnded} when the job was finished or
     * cancelled: a pause lasts until the first of them (or now).
     */
    record EntryRow(
            long id,
            long mechanicId,
            TimeEntryKind kind,
            Long jobId,
            Instant startAt,
            Instant endAt,
            PauseReason pauseReason,
            Instant nextStart,
            Instant jobEnded) {}

    String ENTRY = "SELECT e.id, e.mechanic_id, e.kind, e.job_id, e.start_at, e.end_at, e.pause_reason,"
            + " CASE WHEN e.pause_reason IS NULL THEN NULL ELSE (SELECT n.start_at FROM time_entries n"
            + " WHERE n.job_id = e.job_id AND n.voided = 0 AND n.id > e.id ORDER BY n.id LIMIT 1) END AS next_start,"
            + " CASE WHEN e.pause_reason IS NULL THEN NULL ELSE (SELECT CASE WHEN j.status = 'FINISHED'"
            + " THEN j.finished_at WHEN j.status = 'CANCELLED' THEN j.updated_at END FROM jobs j"
            + " WHERE j.id = e.job_id) END AS job_ended FROM time_entries e WHERE e.voided = 0"
            + " AND (:mechanicId IS NULL OR e.mechanic_id = :mechanicId) AND ";

    @SqlQuery(ENTRY + "e.start_at >= :start AND e.start_at < :end"
            + " UNION ALL " + ENTRY + "e.start_at < :start AND e.end_at > :start"
            + " UNION ALL " + ENTRY + "e.start_at < :start AND e.end_at IS NULL")
    List<EntryRow> entries(String start, String end, Long mechanicId);

    /**
     * A mechanic's labour hours (hundredths) on invoices issued in the range and not void,
     * warranty invoices apart.
     */
    record BilledRow(long mechanicId, boolean warranty, long hoursCenti) {}

    @SqlQuery("SELECT j.mechanic_id, i.warranty, SUM(l.quantity_centi) AS hours_centi FROM invoices i"
            + " JOIN jobs j ON j.id = i.job_id JOIN invoice_lines l ON l.invoice_id = i.id AND l.kind = 'LABOR'"
            + " WHERE i.issued_at >= :start AND i.issued_at < :end AND i.status <> 'VOID'"
            + " AND (:mechanicId IS NULL OR j.mechanic_id = :mechanicId)"
            + " AND (:locationId IS NULL OR i.location_id = :locationId) GROUP BY j.mechanic_id, i.warranty")
    List<BilledRow> billed(String start, String end, Long mechanicId, Long locationId);

    record MechanicRow(long id, String name, boolean active) {}

    @SqlQuery("SELECT id, name, active FROM mechanics ORDER BY name, id")
    List<MechanicRow> mechanics();

    // ---- sales -----------------------------------------------------------------------------

    /** One invoice issued in the range and not void, its lines summed by kind, and its costs. */
    record InvoiceSum(
            long id,
            Instant issuedAt,
            long subtotal,
            boolean warranty,
            long labor,
            long laborHoursCenti,
            long parts,
            long sublet,
            long fees,
            long discounts,
            long partsCost,
            long subletCost) {}

    @SqlQuery("SELECT i.id, i.issued_at, i.subtotal, i.warranty,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'LABOR' THEN l.amount END), 0) AS labor,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'LABOR' THEN l.quantity_centi END), 0) AS labor_hours_centi,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'PART' THEN l.amount END), 0) AS parts,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'SUBLET' THEN l.amount END), 0) AS sublet,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'FEE' THEN l.amount END), 0) AS fees,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'DISCOUNT' THEN -l.amount END), 0) AS discounts,"
            + " (SELECT COALESCE(SUM((pr.quantity - pr.returned_quantity) * COALESCE(pr.unit_cost, vp.cost_price)), 0)"
            + " FROM part_requests pr JOIN vehicle_parts vp ON vp.id = pr.vehicle_part_id"
            + " WHERE pr.job_id = i.job_id AND pr.status <> 'REJECTED') AS parts_cost,"
            + " (SELECT COALESCE(SUM(s.cost), 0) FROM sublet_orders s WHERE s.job_id = i.job_id"
            + " AND s.status = 'COMPLETED') AS sublet_cost"
            + " FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id"
            + " WHERE i.issued_at >= :start AND i.issued_at < :end AND i.status <> 'VOID'"
            + " AND (:locationId IS NULL OR i.location_id = :locationId)"
            + " GROUP BY i.id, i.issued_at, i.subtotal, i.warranty, i.job_id")
    List<InvoiceSum> invoices(String start, String end, Long locationId);

    /** An estimate presented in the range (the current one of its receipt), summed. */
    record EstimateSum(
            Instant presentedAt,
            long hoursPresentedCenti,
            long hoursSoldCenti,
            long amountPresented,
            long amountSold) {}

    @SqlQuery("SELECT e.presented_at,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'LABOR' THEN l.hours_centi END), 0) AS hours_presented_centi,"
            + " COALESCE(SUM(CASE WHEN l.kind = 'LABOR' AND l.decision = 'APPROVED' THEN l.hours_centi END), 0)"
            + " AS hours_sold_centi, COALESCE(SUM(l.amount), 0) AS amount_presented,"
            + " COALESCE(SUM(CASE WHEN l.decision = 'APPROVED' THEN l.amount END), 0) AS amount_sold"
            + " FROM estimates e JOIN estimate_lines l ON l.estimate_id = e.id"
            + " WHERE e.presented_at >= :start AND e.presented_at < :end AND e.status = 'PRESENTED'"
            + " AND (:locationId IS NULL OR EXISTS (SELECT 1 FROM receipts r WHERE r.id = e.receipt_id"
            + " AND r.location_id = :locationId))"
            + " GROUP BY e.id, e.presented_at")
    List<EstimateSum> estimates(String start, String end, Long locationId);

    record ClaimRow(Instant createdAt) {}

    /** Comebacks registered in the range, at the location of the visit they come back from. */
    @SqlQuery("SELECT created_at FROM warranty_claims w WHERE created_at >= :start AND created_at < :end"
            + " AND status <> 'CANCELLED' AND (:locationId IS NULL OR EXISTS (SELECT 1 FROM receipts r"
            + " WHERE r.id = w.original_receipt_id AND r.location_id = :locationId))")
    List<ClaimRow> comebacks(String start, String end, Long locationId);

    /** A counter sale made on one of the days and not cancelled or returned, with its parts' cost. */
    record CounterSaleSum(LocalDate soldOn, long subtotal, long cost) {}

    @SqlQuery("SELECT s.sold_on, s.subtotal, (SELECT COALESCE(SUM(l.quantity * vp.cost_price), 0)"
            + " FROM counter_sale_lines l JOIN vehicle_parts vp ON vp.id = l.vehicle_part_id"
            + " WHERE l.counter_sale_id = s.id) AS cost FROM counter_sales s"
            + " WHERE s.sold_on >= :first AND s.sold_on <= :last AND s.status IN ('PAID', 'HANDED_OVER')"
            + " AND (:locationId IS NULL OR s.location_id = :locationId)")
    List<CounterSaleSum> counterSaleSums(LocalDate first, LocalDate last, Long locationId);

    // ---- receivables -----------------------------------------------------------------------

    record OpenInvoice(
            long id,
            String number,
            long receiptId,
            Long customerId,
            String customerName,
            String customerPhone,
            Instant issuedAt,
            long total,
            long paid) {}

    @SqlQuery("SELECT i.id, i.number, i.receipt_id, r.customer_id, r.customer_name, r.customer_phone, i.issued_at,"
            + " i.total, i.paid FROM invoices i JOIN receipts r ON r.id = i.receipt_id"
            + " WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.total > i.paid"
            + " AND (:locationId IS NULL OR i.location_id = :locationId) ORDER BY i.issued_at, i.id")
    List<OpenInvoice> open(Long locationId);
}
