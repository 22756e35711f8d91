package org.shopsuite.server.db.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PartRequestStatus;

/** Jobs and the part requests made on them. */
public interface JobDao {
    record Row(
            long id,
            long receiptId,
            long mechanicId,
            String mechanicName,
            String customerName,
            String carId,
            String vin,
            String make,
            String model,
            Integer year,
            Integer mileageKm,
            String request,
            LocalDate workDate,
            long estimatedCenti,
            Long laborCenti,
            JobStatus status,
            String notes,
            Instant startedAt,
            Instant finishedAt,
            Long invoiceId,
            long version,
            long approvedCenti,
            Long warrantyClaimId,
            org.shopsuite.model.Coverage warrantyCoverage) {}

    record PartRequestRow(
            long id,
            long jobId,
            long vehiclePartId,
            String partNumber,
            String partName,
            int quantity,
            int returnedQuantity,
            PartRequestStatus status,
            String rejectionReason,
            long unitPrice,
            String requestedBy,
            Instant requestedAt,
            Instant returnedAt,
            long version,
            PartGrade grade,
            Long unitCost,
            Long backorderId) {
        /** How many of an issued request are still out on the job (none once returned or rejected). */
        public int outstanding() {
            return status == PartRequestStatus.ISSUED ? quantity - returnedQuantity : 0;
        }
    }

    /** A part request's columns, its version among them (bumped by each change, as elsewhere). */
    String PART_REQUEST = "SELECT p.* FROM part_requests p";

    String SELECT = "SELECT j.*, m.name AS mechanic_name, r.customer_name, r.car_id, r.vin, r.make, r.model,"
            + " r.year, r.mileage_km, r.request, i.id AS invoice_id, r.warranty_claim_id,"
            + " w.coverage AS warranty_coverage FROM jobs j"
            + " JOIN receipts r ON r.id = j.receipt_id JOIN mechanics m ON m.id = j.mechanic_id"
            + " LEFT JOIN warranty_claims w ON w.id = r.warranty_claim_id"
            + " LEFT JOIN invoices i ON i.id = (SELECT MAX(x.id) FROM invoices x WHERE x.job_id = j.id)";

    @SqlQuery(SELECT + " WHERE j.id = :id")
    Optional<Row> find(long id);

    @SqlQuery(SELECT
            + " WHERE j.id < :before AND (:mechanicId IS NULL OR j.mechanic_id = :mechanicId)"
            + " AND (:status IS NULL OR j.status = :status)"
            + " AND (:date IS NULL OR j.work_date = :date) ORDER BY j.id DESC LIMIT :limit")
    List<Row> list(long before, Long mechanicId, JobStatus status, LocalDate date, int limit);

    @SqlUpdate("INSERT INTO jobs (receipt_id, mechanic_id, work_date, estimated_centi, status, created_at,"
            + " updated_at, version) VALUES (:receiptId, :mechanicId, :workDate, :estimatedCenti,"
            + " 'WAITING', :now, :now, 1)")
    @GetGeneratedKeys
    long insert(long receiptId, long mechanicId, LocalDate workDate, long estimatedCenti, Instant now);

    @SqlUpdate("UPDATE jobs SET status = 'IN_PROGRESS', started_at = :now, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status = 'WAITING'")
    int start(long id, Instant now);

    @SqlUpdate("UPDATE jobs SET status = 'FINISHED', labor_centi = :laborCenti, notes = :notes,"
            + " finished_at = :now, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status = 'IN_PROGRESS'")
    int finish(long id, long laborCenti, String notes, Instant now);

    /** A receipt's edit carried to its open job: who, which day, how many hours. */
    @SqlUpdate("UPDATE jobs SET mechanic_id = :mechanicId, work_date = :workDate, estimated_centi = :estimatedCenti,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND status IN ('WAITING', 'IN_PROGRESS')")
    int reschedule(long id, long mechanicId, java.time.LocalDate workDate, long estimatedCenti, Instant now);

    /** The approved LABOR hours of the receipt's presented estimate, booked beside its own estimate. */
    @SqlUpdate("UPDATE jobs SET approved_centi = :approvedCenti, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status IN ('WAITING', 'IN_PROGRESS')")
    int setApproved(long id, long approvedCenti, Instant now);

    @SqlUpdate("UPDATE jobs SET status = 'CANCELLED', version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status IN ('WAITING', 'IN_PROGRESS')")
    int cancel(long id, Instant now);

    @SqlUpdate("INSERT INTO part_requests (job_id, vehicle_part_id, quantity, status, rejection_reason,"
            + " unit_price, part_number, part_name, requested_by, requested_at, returned_quantity, version, grade,"
            + " unit_cost) VALUES (:jobId, :vehiclePartId, :quantity, :status, :rejectionReason, :unitPrice,"
            + " :partNumber, :partName, :requestedBy, :requestedAt, 0, 1, :grade, :unitCost)")
    @GetGeneratedKeys
    long insertPartRequest(@BindMethods PartRequestRow row);

    @SqlUpdate("UPDATE part_requests SET backorder_id = :orderId, version = version + 1 WHERE id = :id"
            + " AND status = 'REJECTED' AND backorder_id IS NULL")
    int backordered(long id, long orderId);

    @SqlQuery(PART_REQUEST + " WHERE p.id = :id")
    Optional<PartRequestRow> findPartRequest(long id);

    @SqlQuery(PART_REQUEST + " WHERE p.job_id IN (<jobIds>) ORDER BY p.id")
    List<PartRequestRow> partRequestsOf(@BindList("jobIds") List<Long> jobIds);

    /**
     * Puts {@code quantity} more of an issued request back: it becomes RETURNED once all is back.
     * Changes nothing (answers 0) unless the request is ISSUED with at least that much still out.
     */
    @SqlUpdate("UPDATE part_requests SET returned_quantity = returned_quantity + :quantity,"
            + " status = CASE WHEN returned_quantity + :quantity = quantity THEN 'RETURNED' ELSE status END,"
            + " returned_at = :now, version = version + 1"
            + " WHERE id = :id AND status = 'ISSUED' AND :quantity >= 1"
            + " AND returned_quantity + :quantity <= quantity")
    int returnPartRequest(long id, int quantity, Instant now);
}
