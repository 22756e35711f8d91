package org.shopsuite.server.service.board;

import java.time.Instant;
import org.shopsuite.model.Event;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.event.EventData;
import org.shopsuite.model.event.InvoiceIssued;
import org.shopsuite.model.event.InvoiceVoided;
import org.shopsuite.model.event.JobCancelled;
import org.shopsuite.model.event.JobCreated;
import org.shopsuite.model.event.JobFinished;
import org.shopsuite.model.event.JobStarted;
import org.shopsuite.model.event.PaymentRecorded;
import org.shopsuite.model.event.PaymentRefunded;
import org.shopsuite.model.event.PaymentVoided;
import org.shopsuite.model.event.ReceiptCancelled;
import org.shopsuite.model.event.ReceiptChanged;
import org.shopsuite.model.event.ReceiptRejected;
import org.shopsuite.model.event.RepairRequested;
import org.shopsuite.model.event.VehicleReleased;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.board.StatusPageDao;
import org.shopsuite.server.service.event.Projection;

/**
 * Keeps the status board (one row per receipt) from events alone, as the origin's
 * StatusPageViewHandler did from Kafka: the board never reads the receipts or jobs tables.
 */
public final class StatusBoardProjection implements Projection {

    @Override
    public void apply(WriteTx tx, Event e) {
        StatusPageDao board = tx.board();
        EventData d = e.data();
        Instant now = e.occurredAt();
        long receipt = e.receiptId() == null ? 0 : e.receiptId();
        if (d instanceof RepairRequested r) {
            // events from before locations name none: they were location 1's
            long location = r.locationId() == null ? 1 : r.locationId();
            board.insert(
                    receipt, r.customerName(), r.carId(), r.requestDate(), r.mechanicName(), r.status(), now, location);
        } else if (d instanceof JobCreated) {
            board.setStatus(receipt, ReceiptStatus.ACCEPTED, JobStatus.WAITING, null, now);
        } else if (d instanceof ReceiptRejected) {
            board.setStatus(receipt, ReceiptStatus.REJECTED, null, null, now);
        } else if (d instanceof JobStarted) {
            board.setStatus(receipt, null, JobStatus.IN_PROGRESS, null, now);
        } else if (d instanceof JobFinished) {
            board.setStatus(receipt, ReceiptStatus.COMPLETED, JobStatus.FINISHED, null, now);
        } else if (d instanceof JobCancelled) {
            board.setStatus(receipt, null, JobStatus.CANCELLED, null, now);
        } else if (d instanceof ReceiptCancelled) {
            board.setStatus(receipt, ReceiptStatus.CANCELLED, null, null, now);
        } else if (d instanceof InvoiceIssued i) {
            // a total of 0 (a comeback under warranty) is PAID at issue
            board.setInvoice(receipt, i.total(), i.total() == 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED, now);
        } else if (d instanceof PaymentRecorded p) {
            board.setInvoiceStatus(receipt, p.status(), now);
        } else if (d instanceof PaymentRefunded p) {
            // a refund of part of what was paid, or of all of it with a void (status VOID then)
            board.setInvoiceStatus(receipt, p.status(), now);
        } else if (d instanceof PaymentVoided p) {
            board.setInvoiceStatus(receipt, p.status(), now);
        } else if (d instanceof ReceiptChanged c) {
            board.change(receipt, c.customerName(), c.requestDate(), c.mechanicName(), now);
        } else if (d instanceof VehicleReleased v) {
            board.setReleased(receipt, v.releasedAt() == null ? now : v.releasedAt());
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimRegistered w) {
            board.setClaim(w.originalReceiptId(), w.claimId(), WarrantyClaimStatus.REGISTERED, now);
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimAssigned w) {
            if (e.receiptId() != null) {
                board.setClaim(e.receiptId(), w.claimId(), WarrantyClaimStatus.ASSIGNED, now);
            }
            board.setClaimStatus(w.claimId(), WarrantyClaimStatus.ASSIGNED, now);
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimResolved w) {
            if (e.receiptId() != null) {
                board.setClaim(e.receiptId(), w.claimId(), WarrantyClaimStatus.RESOLVED, now);
            }
            board.setClaimStatus(w.claimId(), WarrantyClaimStatus.RESOLVED, now);
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimCancelled w) {
            board.setClaimStatus(w.claimId(), WarrantyClaimStatus.CANCELLED, now);
        } else if (d instanceof InvoiceVoided) {
            // a void invoice is owed nothing: no total until the work is invoiced again
            board.setInvoice(receipt, null, InvoiceStatus.VOID, now);
        }
        // Other events do not change what the board shows.
    }
}
