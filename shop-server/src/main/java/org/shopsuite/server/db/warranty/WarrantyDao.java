package org.shopsuite.server.db.warranty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.SubletOrderStatus;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.WarrantyReasonCode;

/**
 * Warranty claims (comebacks), what the coverage check reads of the original repair, and sublet
 * orders (work sent to contractors, for claims and for jobs).
 */
public interface WarrantyDao {
    record Row(
            long id,
            long originalReceiptId,
            long vehicleId,
            String plate,
            long customerId,
            String customerName,
            String complaint,
            int mileageKm,
            WarrantyClaimStatus status,
            Coverage coverage,
            String coverageReason,
            Integer windowDays,
            LocalDate windowStartsOn,
            LocalDate windowEndsOn,
            String overriddenBy,
            String overrideReason,
            WarrantyReasonCode reasonCode,
            Long receiptId,
            Long jobId,
            Long subletOrderId,
            Long rejectedReceiptId,
            String rejectionReason,
            String cancelReason,
            String createdBy,
            Instant createdAt,
            long version) {}

    /** The columns written for a new claim. */
    record New(
            long originalReceiptId,
            long vehicleId,
            long customerId,
            String complaint,
            int mileageKm,
            Coverage coverage,
            String coverageReason,
            Integer windowDays,
            LocalDate windowStartsOn,
            LocalDate windowEndsOn,
            String createdBy,
            Instant now) {}

    /** The original repair as the coverage check needs it. */
    record Repair(
            long receiptId,
            String status,
            Long vehicleId,
            Long customerId,
            Integer mileageKm,
            Instant finishedAt,
            Instant releasedAt,
            LocalDate firstRegisteredOn) {}

    @SqlQuery("SELECT r.id AS receipt_id, r.status, r.vehicle_id, r.customer_id, r.mileage_km, j.finished_at,"
            + " r.released_at, v.first_registered_on FROM receipts r LEFT JOIN jobs j ON j.receipt_id = r.id"
            + " LEFT JOIN vehicles v ON v.id = r.vehicle_id WHERE r.id = :id")
    Optional<Repair> repair(long id);

    String SELECT = "SELECT w.*, v.plate, c.name AS customer_name, rr.rejection_reason"
            + " FROM warranty_claims w JOIN vehicles v ON v.id = w.vehicle_id JOIN customers c ON c.id = w.customer_id"
            + " LEFT JOIN receipts rr ON rr.id = w.rejected_receipt_id";

    @SqlQuery(SELECT + " WHERE w.id = :id")
    Optional<Row> find(long id);

    @SqlQuery(SELECT + " WHERE w.receipt_id = :receiptId")
    Optional<Row> ofReceipt(long receiptId);

    @SqlQuery(SELECT
            + " WHERE (:status IS NULL OR w.status = :status) AND (:vehicleId IS NULL OR w.vehicle_id = :vehicleId)"
            + " AND w.id < :before ORDER BY w.id DESC LIMIT :limit")
    List<Row> list(WarrantyClaimStatus status, Long vehicleId, long before, int limit);

    @SqlQuery(
            "INSERT INTO warranty_claims (original_receipt_id, vehicle_id, customer_id, complaint, mileage_km, status,"
                    + " coverage, coverage_reason, window_days, window_starts_on, window_ends_on, created_by, created_at,"
                    + " updated_at, version) VALUES (:originalReceiptId, :vehicleId, :customerId, :complaint, :mileageKm,"
                    + " 'REGISTERED', :coverage, :coverageReason, :windowDays, :windowStartsOn, :windowEndsOn, :createdBy, :now,"
                    + " :now, 1) RETURNING id")
    long insert(@BindMethods New row);

    @SqlUpdate("UPDATE warranty_claims SET coverage = :coverage, overridden_by = :by, override_reason = :reason,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int override(long id, long version, Coverage coverage, String by, String reason, Instant now);

    @SqlUpdate("UPDATE warranty_claims SET status = 'ASSIGNED', reason_code = :reasonCode, receipt_id = :receiptId,"
            + " job_id = :jobId, rejected_receipt_id = NULL, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status = 'REGISTERED'")
    int assign(long id, WarrantyReasonCode reasonCode, long receiptId, long jobId, Instant now);

    /** A re-repair refused for capacity: kept on the claim, which stays REGISTERED. */
    @SqlUpdate("UPDATE warranty_claims SET rejected_receipt_id = :receiptId, reason_code = :reasonCode,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND status = 'REGISTERED'")
    int rejected(long id, WarrantyReasonCode reasonCode, long receiptId, Instant now);

    @SqlUpdate("UPDATE warranty_claims SET status = :status, cancel_reason = :reason, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status IN ('REGISTERED', 'ASSIGNED')")
    int close(long id, WarrantyClaimStatus status, String reason, Instant now);

    @SqlUpdate("UPDATE receipts SET warranty_claim_id = :claimId WHERE id = :receiptId")
    int linkReceipt(long receiptId, long claimId);

    /** The claim a receipt was made for, if any. */
    @SqlQuery("SELECT warranty_claim_id FROM receipts WHERE id = :receiptId")
    Optional<Long> claimOfReceipt(long receiptId);

    @SqlUpdate("UPDATE invoices SET warranty = 1 WHERE id = :invoiceId")
    int markWarrantyInvoice(long invoiceId);

    @SqlUpdate("UPDATE warranty_claims SET status = 'ASSIGNED', reason_code = :reasonCode,"
            + " sublet_order_id = :orderId, rejected_receipt_id = NULL, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status = 'REGISTERED'")
    int assignSublet(long id, WarrantyReasonCode reasonCode, long orderId, Instant now);

    @SqlQuery(SELECT + " WHERE w.sublet_order_id = :orderId")
    Optional<Row> ofSubletOrder(long orderId);

    record Sublet(
            long id,
            long supplierId,
            String supplierName,
            Long claimId,
            Long jobId,
            Long receiptId,
            Long estimateLineId,
            Long vehicleId,
            String plate,
            String make,
            String model,
            String description,
            long cost,
            Long price,
            SubletOrderStatus status,
            LocalDate scheduledOn,
            String vendorInvoiceNumber,
            String notes,
            String cancelReason,
            String createdBy,
            Instant createdAt,
            Instant completedAt,
            long version) {}

    record NewSublet(
            long supplierId,
            Long claimId,
            Long jobId,
            Long estimateLineId,
            Long vehicleId,
            String description,
            long cost,
            Long price,
            String createdBy,
            Instant now) {}

    String SUBLET = "SELECT o.*, s.name AS supplier_name, j.receipt_id, COALESCE(v.plate, r.car_id) AS plate,"
            + " COALESCE(v.make, r.make) AS make, COALESCE(v.model, r.model) AS model FROM sublet_orders o"
            + " JOIN suppliers s ON s.id = o.supplier_id LEFT JOIN jobs j ON j.id = o.job_id"
            + " LEFT JOIN receipts r ON r.id = j.receipt_id LEFT JOIN vehicles v ON v.id = o.vehicle_id";

    @SqlQuery(SUBLET + " WHERE o.id = :id")
    Optional<Sublet> sublet(long id);

    @SqlQuery(SUBLET
            + " WHERE (:status IS NULL OR o.status = :status) AND (:supplierId IS NULL OR o.supplier_id = :supplierId)"
            + " AND (:onlySupplierId IS NULL OR o.supplier_id = :onlySupplierId)"
            + " AND (:claimId IS NULL OR o.claim_id = :claimId) AND (:jobId IS NULL OR o.job_id = :jobId)"
            + " AND o.id < :before ORDER BY o.id DESC LIMIT :limit")
    List<Sublet> sublets(
            SubletOrderStatus status,
            Long supplierId,
            Long onlySupplierId,
            Long claimId,
            Long jobId,
            long before,
            int limit);

    /** A job's orders, oldest first. */
    @SqlQuery(SUBLET + " WHERE o.job_id = :jobId ORDER BY o.id")
    List<Sublet> subletsOfJob(long jobId);

    @SqlQuery("INSERT INTO sublet_orders (supplier_id, claim_id, job_id, estimate_line_id, vehicle_id, description,"
            + " cost, price, status, created_by, created_at, updated_at, version) VALUES (:supplierId, :claimId, :jobId,"
            + " :estimateLineId, :vehicleId, :description, :cost, :price, 'ORDERED', :createdBy, :now, :now, 1)"
            + " RETURNING id")
    long insertSublet(@BindMethods NewSublet row);

    @SqlUpdate("UPDATE sublet_orders SET status = 'SCHEDULED', scheduled_on = :date, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status IN ('ORDERED', 'SCHEDULED')")
    int scheduleSublet(long id, LocalDate date, Instant now);

    @SqlUpdate("UPDATE sublet_orders SET status = 'COMPLETED', cost = :cost, price = COALESCE(price, :cost),"
            + " notes = :notes, vendor_invoice_number = COALESCE(:vendorInvoiceNumber, vendor_invoice_number),"
            + " completed_at = :now, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status IN ('ORDERED', 'SCHEDULED')")
    int completeSublet(long id, long cost, String notes, String vendorInvoiceNumber, Instant now);

    @SqlUpdate("UPDATE sublet_orders SET status = 'CANCELLED', cancel_reason = :reason, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status IN ('ORDERED', 'SCHEDULED')")
    int cancelSublet(long id, String reason, Instant now);

    /** The vehicle record a receipt is for (null when it has none). */
    @SqlQuery("SELECT vehicle_id FROM receipts WHERE id = :receiptId")
    Long vehicleOfReceipt(long receiptId);

    @SqlQuery("SELECT COUNT(*) FROM sublet_orders WHERE estimate_line_id = :lineId AND status <> 'CANCELLED'")
    int ordersOfEstimateLine(long lineId);

    /** A billing visit's job: done at once, with no labour (the work was the contractor's). */
    @SqlUpdate("UPDATE jobs SET status = 'FINISHED', started_at = :now, finished_at = :now, notes = :notes,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND status = 'WAITING'")
    int finishWithoutLabour(long id, String notes, Instant now);

    /** A claim billed through a visit made for its contractor's work. */
    @SqlUpdate("UPDATE warranty_claims SET receipt_id = :receiptId, job_id = :jobId, version = version + 1,"
            + " updated_at = :now WHERE id = :id")
    int billedBy(long id, long receiptId, long jobId, Instant now);

    @SqlUpdate("UPDATE sublet_orders SET job_id = :jobId WHERE id = :id AND job_id IS NULL")
    int attachToJob(long id, long jobId);
}
