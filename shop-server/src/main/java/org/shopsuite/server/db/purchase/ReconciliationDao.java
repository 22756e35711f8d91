package org.shopsuite.server.db.purchase;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The parts reconciliation report: the ledger by kind, the billed quantities and open credits, per part. */
public interface ReconciliationDao {
    record Row(
            long vehiclePartId,
            String partId,
            String partName,
            int received,
            int issuedToJobs,
            int returnedFromJobs,
            int billed,
            int soldOverCounter,
            int saleReturns,
            int returnedToVendor,
            int adjusted,
            int counted,
            int onHand,
            int receivedWithoutVendorInvoice,
            long creditOutstanding) {}

    /**
     * Per part, one pass over the period's ledger rows (grouped by part), the parts kept on invoices
     * issued in the period, and the credits still open. Parts with no movement and nothing on hand
     * are left out.
     */
    @SqlQuery("SELECT p.id AS vehicle_part_id, p.part_id, p.part_name,"
            + " COALESCE(m.received, 0) AS received, COALESCE(m.issued, 0) AS issued_to_jobs,"
            + " COALESCE(m.returned, 0) AS returned_from_jobs, COALESCE(b.billed, 0) AS billed,"
            + " COALESCE(m.sold, 0) AS sold_over_counter, COALESCE(m.sale_returns, 0) AS sale_returns,"
            + " COALESCE(m.to_vendor, 0) AS returned_to_vendor, COALESCE(m.adjusted, 0) AS adjusted,"
            + " COALESCE(m.counted, 0) AS counted,"
            // on hand: each location's stock after its last ledger row before the end, summed
            + " COALESCE((SELECT SUM(e.stock_after) FROM stock_movements e WHERE e.id IN (SELECT MAX(x.id)"
            + " FROM stock_movements x WHERE x.vehicle_part_id = p.id AND x.occurred_at < :end"
            + " GROUP BY x.location_id)), 0) AS on_hand,"
            + " COALESCE(m.no_invoice, 0) AS received_without_vendor_invoice,"
            + " COALESCE(c.credit, 0) AS credit_outstanding"
            + " FROM vehicle_parts p"
            + " LEFT JOIN (SELECT vehicle_part_id,"
            + " SUM(CASE WHEN kind = 'RECEIVED' THEN delta ELSE 0 END) AS received,"
            + " SUM(CASE WHEN kind = 'ISSUE' THEN -delta ELSE 0 END) AS issued,"
            + " SUM(CASE WHEN kind = 'RETURN' THEN delta ELSE 0 END) AS returned,"
            + " SUM(CASE WHEN kind = 'SOLD' THEN -delta ELSE 0 END) AS sold,"
            + " SUM(CASE WHEN kind = 'SALE_RETURN' THEN delta ELSE 0 END) AS sale_returns,"
            + " SUM(CASE WHEN kind = 'VENDOR_RETURN' THEN -delta ELSE 0 END) AS to_vendor,"
            + " SUM(CASE WHEN kind = 'ADJUSTMENT' THEN delta ELSE 0 END) AS adjusted,"
            + " SUM(CASE WHEN kind = 'COUNT' THEN delta ELSE 0 END) AS counted,"
            + " SUM(CASE WHEN kind = 'RECEIVED' AND reference IS NULL THEN delta ELSE 0 END) AS no_invoice"
            + " FROM stock_movements WHERE occurred_at >= :start AND occurred_at < :end GROUP BY vehicle_part_id) m"
            + " ON m.vehicle_part_id = p.id"
            + " LEFT JOIN (SELECT r.vehicle_part_id, SUM(r.quantity - r.returned_quantity) AS billed"
            + " FROM invoices i JOIN part_requests r ON r.job_id = i.job_id"
            + " WHERE i.status <> 'VOID' AND i.issued_at >= :start AND i.issued_at < :end AND r.status <> 'REJECTED'"
            + " GROUP BY r.vehicle_part_id) b ON b.vehicle_part_id = p.id"
            + " LEFT JOIN (SELECT l.vehicle_part_id, SUM(l.quantity * l.unit_cost) AS credit"
            + " FROM vendor_returns v JOIN vendor_return_lines l ON l.vendor_return_id = v.id"
            + " WHERE v.status = 'OPEN' AND v.created_at < :end GROUP BY l.vehicle_part_id) c ON c.vehicle_part_id = p.id"
            + " WHERE m.vehicle_part_id IS NOT NULL OR b.vehicle_part_id IS NOT NULL OR c.vehicle_part_id IS NOT NULL"
            + " OR p.stock > 0 ORDER BY p.part_name, p.id")
    List<Row> report(Instant start, Instant end);
}
