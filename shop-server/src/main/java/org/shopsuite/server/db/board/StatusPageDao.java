package org.shopsuite.server.db.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;

/** The status board read model: one row per receipt, written only by the event projection. */
public interface StatusPageDao {
    record Row(
            long receiptId,
            String customerName,
            String carId,
            LocalDate requestDate,
            String mechanicName,
            ReceiptStatus receiptStatus,
            JobStatus jobStatus,
            Long invoiceTotal,
            InvoiceStatus invoiceStatus,
            Instant updatedAt,
            Instant releasedAt,
            Long warrantyClaimId,
            org.shopsuite.model.WarrantyClaimStatus warrantyStatus,
            long locationId) {}

    @SqlUpdate("INSERT INTO status_pages (receipt_id, customer_name, car_id, request_date, mechanic_name,"
            + " receipt_status, updated_at, location_id) VALUES (:receiptId, :customerName, :carId, :requestDate,"
            + " :mechanicName, :receiptStatus, :now, :locationId)")
    void insert(
            long receiptId,
            String customerName,
            String carId,
            LocalDate requestDate,
            String mechanicName,
            ReceiptStatus receiptStatus,
            Instant now,
            long locationId);

    @SqlUpdate("UPDATE status_pages SET receipt_status = COALESCE(:receiptStatus, receipt_status),"
            + " job_status = COALESCE(:jobStatus, job_status),"
            + " mechanic_name = COALESCE(:mechanicName, mechanic_name), updated_at = :now"
            + " WHERE receipt_id = :receiptId")
    void setStatus(long receiptId, ReceiptStatus receiptStatus, JobStatus jobStatus, String mechanicName, Instant now);

    /** The receipt's current invoice: its total (null when it is void) and status. */
    @SqlUpdate("UPDATE status_pages SET invoice_total = :total, invoice_status = :status, updated_at = :now"
            + " WHERE receipt_id = :receiptId")
    void setInvoice(long receiptId, Long total, InvoiceStatus status, Instant now);

    /** A receipt's edit: the name, day and mechanic the board shows. */
    @SqlUpdate("UPDATE status_pages SET customer_name = :customerName, request_date = :requestDate,"
            + " mechanic_name = :mechanicName, updated_at = :now WHERE receipt_id = :receiptId")
    void change(long receiptId, String customerName, LocalDate requestDate, String mechanicName, Instant now);

    /** The car handed back to its customer. */
    @SqlUpdate("UPDATE status_pages SET released_at = :at, updated_at = :at WHERE receipt_id = :receiptId")
    void setReleased(long receiptId, Instant at);

    /** A comeback registered against the receipt, or re-repaired by it. */
    @SqlUpdate("UPDATE status_pages SET warranty_claim_id = :claimId, warranty_status = :status, updated_at = :now"
            + " WHERE receipt_id = :receiptId")
    void setClaim(long receiptId, long claimId, org.shopsuite.model.WarrantyClaimStatus status, Instant now);

    /** Where a comeback stands, on every row that shows it. */
    @SqlUpdate(
            "UPDATE status_pages SET warranty_status = :status, updated_at = :now WHERE warranty_claim_id = :claimId")
    void setClaimStatus(long claimId, org.shopsuite.model.WarrantyClaimStatus status, Instant now);

    @SqlUpdate("UPDATE status_pages SET invoice_status = :status, updated_at = :now WHERE receipt_id = :receiptId")
    void setInvoiceStatus(long receiptId, InvoiceStatus status, Instant now);

    @SqlQuery("SELECT * FROM status_pages WHERE receipt_id < :before"
            + " AND (:date IS NULL OR request_date = :date)"
            + " AND (:status IS NULL OR receipt_status = :status)"
            + " AND (:locationId IS NULL OR location_id = :locationId)"
            + " ORDER BY receipt_id DESC LIMIT :limit")
    List<Row> list(long before, LocalDate date, ReceiptStatus status, Long locationId, int limit);

    @SqlQuery("SELECT * FROM status_pages WHERE receipt_id = :receiptId")
    java.util.Optional<Row> find(long receiptId);
}
