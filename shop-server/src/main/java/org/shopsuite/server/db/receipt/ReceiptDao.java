package org.shopsuite.server.db.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;

/** Repair receipts, read together with their mechanic, job and invoice ids. */
public interface ReceiptDao {
    record Row(
            long id,
            String customerName,
            String customerPhone,
            String carId,
            String vin,
            String make,
            String model,
            Integer year,
            Integer mileageKm,
            long mechanicId,
            String mechanicName,
            LocalDate requestDate,
            long estimatedCenti,
            String request,
            ReceiptStatus status,
            String rejectionReason,
            String cancelReason,
            Long jobId,
            JobStatus jobStatus,
            Long invoiceId,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version,
            String partRequestIds,
            Long customerId,
            Long vehicleId,
            Instant releasedAt,
            boolean inShop,
            String warnings,
            Instant promisedAt,
            Long jobApprovedCenti,
            String estimateList,
            long locationId) {

        /** The hours the receipt books on its mechanic's day while its job is open. */
        public long bookedCenti() {
            return estimatedCenti + (jobApprovedCenti == null ? 0 : jobApprovedCenti);
        }

        /** The job's part requests, oldest first (read as one comma-separated column). */
        public List<Long> partRequestIdList() {
            if (partRequestIds == null || partRequestIds.isEmpty()) {
                return List.of();
            }
            String[] ids = partRequestIds.split(",", -1);
            Long[] out = new Long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                out[i] = Long.valueOf(ids[i]);
            }
            return List.of(out);
        }
    }

    /** The columns written when a receipt is taken. */
    record New(
            String customerName,
            String customerPhone,
            String carId,
            String vin,
            String make,
            String model,
            Integer year,
            Integer mileageKm,
            long mechanicId,
            LocalDate requestDate,
            long estimatedCenti,
            String request,
            ReceiptStatus status,
            String rejectionReason,
            String createdBy,
            Instant now,
            long customerId,
            long vehicleId,
            boolean inShop,
            String warnings,
            Instant promisedAt,
            long locationId) {}

    /**
     * A receipt's columns with everything the API shows of it, part request ids included, so that
     * one statement reads a whole receipt (one statement sees one snapshot: no transaction needed).
     * Its invoice is the current one: the newest (a void invoice's reissue is newer than it).
     */
    String COLUMNS = "SELECT r.*, m.name AS mechanic_name, j.id AS job_id, j.status AS job_status,"
            + " j.approved_centi AS job_approved_centi, i.id AS invoice_id, (SELECT string_agg(CAST(p.id AS TEXT), ',' ORDER BY p.id) FROM part_requests p"
            + " WHERE p.job_id = j.id) AS part_request_ids, (SELECT string_agg(e.id || ':' || e.number || ':'"
            + " || e.status || ':' || e.total || ':' || COALESCE(e.presented_at, ''), ';' ORDER BY e.number)"
            + " FROM estimates e WHERE e.receipt_id = r.id) AS estimate_list";

    String JOINS = " JOIN mechanics m ON m.id = r.mechanic_id"
            + " LEFT JOIN jobs j ON j.receipt_id = r.id"
            + " LEFT JOIN invoices i ON i.id = (SELECT MAX(x.id) FROM invoices x WHERE x.receipt_id = r.id)";

    String SELECT = COLUMNS + " FROM receipts r" + JOINS;

    @SqlQuery(SELECT + " WHERE r.id = :id")
    Optional<Row> find(long id);

    /**
     * A receipt and its job for a change to its work (an estimate's lines, decisions): the receipt's
     * columns, the mechanic and the job, without the invoice, part request ids and estimate list
     * that answers need (null here), so the one writer reads one row, not three subqueries.
     */
    @SqlQuery("SELECT r.*, m.name AS mechanic_name, j.id AS job_id, j.status AS job_status,"
            + " j.approved_centi AS job_approved_centi, NULL AS invoice_id, NULL AS part_request_ids,"
            + " NULL AS estimate_list FROM receipts r JOIN mechanics m ON m.id = r.mechanic_id"
            + " LEFT JOIN jobs j ON j.receipt_id = r.id WHERE r.id = :id")
    Optional<Row> findForWork(long id);

    /** A page of receipts; no text filter. */
    @SqlQuery(SELECT
            + " WHERE r.id < :before AND (:status IS NULL OR r.status = :status)"
            + " AND (:date IS NULL OR r.request_date = :date)"
            + " ORDER BY r.id DESC LIMIT :limit")
    List<Row> list(long before, ReceiptStatus status, LocalDate date, int limit);

    /** A page of one location's receipts; no text filter. */
    @SqlQuery(SELECT
            + " WHERE r.location_id = :locationId AND r.id < :before AND (:status IS NULL OR r.status = :status)"
            + " AND (:date IS NULL OR r.request_date = :date)"
            + " ORDER BY r.id DESC LIMIT :limit")
    List<Row> listAt(long locationId, long before, ReceiptStatus status, LocalDate date, int limit);

    @SqlUpdate("INSERT INTO receipts (customer_name, customer_phone, car_id, vin, make, model, year,"
            + " mileage_km, mechanic_id, request_date, estimated_centi, request, status,"
            + " rejection_reason, created_by, created_at, updated_at, version, customer_id, vehicle_id,"
            + " in_shop, warnings, promised_at, location_id) VALUES"
            + " (:customerName, :customerPhone, :carId, :vin, :make, :model, :year, :mileageKm,"
            + " :mechanicId, :requestDate, :estimatedCenti, :request, :status, :rejectionReason,"
            + " :createdBy, :now, :now, 1, :customerId, :vehicleId, :inShop, :warnings, :promisedAt, :locationId)")
    @GetGeneratedKeys
    long insert(@BindMethods New row);

    @SqlUpdate("UPDATE receipts SET status = :status, cancel_reason = COALESCE(:cancelReason, cancel_reason),"
            + " in_shop = CASE WHEN :status = 'CANCELLED' THEN 0 ELSE in_shop END,"
            + " version = version + 1, updated_at = :now WHERE id = :id")
    int setStatus(long id, ReceiptStatus status, String cancelReason, Instant now);

    /** The counter's edit of a receipt whose job is not finished (the version checked). */
    @SqlUpdate("UPDATE receipts SET customer_name = :customerName, customer_phone = :customerPhone,"
            + " mechanic_id = :mechanicId, request_date = :requestDate, estimated_centi = :estimatedCenti,"
            + " request = :request, promised_at = :promisedAt, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version")
    int change(
            long id,
            long version,
            String customerName,
            String customerPhone,
            long mechanicId,
            LocalDate requestDate,
            long estimatedCenti,
            String request,
            Instant promisedAt,
            Instant now);

    /** The car handed back: no longer in the shop; the warnings given then join the receipt's. */
    @SqlUpdate("UPDATE receipts SET released_at = :now, in_shop = 0, warnings = :warnings,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND released_at IS NULL")
    int release(long id, String warnings, Instant now);

    /** The location that took the receipt (its job's and invoice's too). */
    @SqlQuery("SELECT location_id FROM receipts WHERE id = :id")
    long locationOf(long id);

    /** The points deposit a receipt carries from its appointment until its invoice is issued. */
    @SqlQuery("SELECT deposit_points FROM receipts WHERE id = :id")
    long depositPoints(long id);

    @SqlUpdate("UPDATE receipts SET deposit_points = :points WHERE id = :id")
    int setDepositPoints(long id, long points);
}
