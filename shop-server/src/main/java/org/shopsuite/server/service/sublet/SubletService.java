package org.shopsuite.server.service.sublet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.Decision;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.SubletCompleteInput;
import org.shopsuite.model.SubletInput;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.SubletOrderStatus;
import org.shopsuite.model.SubletScheduleInput;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.event.JobCreated;
import org.shopsuite.model.event.JobFinished;
import org.shopsuite.model.event.RepairRequested;
import org.shopsuite.model.event.SubletCancelled;
import org.shopsuite.model.event.SubletCompleted;
import org.shopsuite.model.event.SubletOrdered;
import org.shopsuite.model.event.SubletScheduled;
import org.shopsuite.model.event.WarrantyClaimResolved;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.estimate.EstimateDao;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.purchase.PurchasingDao;
import org.shopsuite.server.db.receipt.ReceiptDao;
import org.shopsuite.server.db.warranty.WarrantyDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.invoice.InvoiceService;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Sublet: work sent to an outside shop (a contractor, one of the shop's suppliers), for a job or
 * for a warranty claim. The contractor arranges a day and completes the order with what it
 * charges the shop; a job's completed orders are SUBLET lines of its invoice (at their price, or
 * by the approved estimate line they were made for), and a claim's completed order resolves the
 * claim. A CONTRACTOR user sees and updates only its own supplier's orders: any other order is
 * "not found" to it.
 */
public final class SubletService {
    private static final int TEXT_MAX = 2000;
    private static final int REASON_MAX = 450;
    /** A billing visit's nominal estimate (a receipt needs one); its job is finished with no labour. */
    private static final long BILLING_CENTI = 1;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final InvoiceService invoices;
    private final Times times;

    public SubletService(Database db, EventStore events, ShopService shop, InvoiceService invoices, Times times) {
        this.invoices = invoices;
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    /** {@code POST /jobs/{id}/sublets}: a job's work sent to a contractor. */
    public Change<SubletOrder> orderForJob(Actor actor, long jobId, SubletInput in) {
        Check c = new Check();
        Long supplierId = c.positiveId("supplierId", c.required("supplierId", in.supplierId()));
        Long lineId = c.positiveId("estimateLineId", in.estimateLineId());
        String description = c.longText("description", in.description(), TEXT_MAX, lineId == null);
        Long cost = c.money("cost", in.cost(), true);
        Long price = c.money("price", in.price(), lineId == null);
        c.done();
        return tx -> {
            JobDao.Row job = tx.jobs().find(jobId).orElseThrow(() -> ApiException.notFound("job", jobId));
            if (job.status() != JobStatus.WAITING && job.status() != JobStatus.IN_PROGRESS) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "job " + jobId + " is " + job.status() + "; work is sent out for an open job");
            }
            supplier(tx, supplierId);
            String what = description;
            Long billed = price;
            if (lineId != null) {
                EstimateDao.LineRow line = approvedSubletLine(tx, job.receiptId(), lineId);
                if (what == null) {
                    what = line.description();
                }
                if (billed != null && billed != line.amount()) {
                    throw ApiException.invalid(
                            "price",
                            ErrorCode.NOT_ALLOWED_VALUE,
                            "the order is billed by estimate line " + lineId + " at " + line.amount()
                                    + "; leave price out or send that",
                            Map.of("price", line.amount()));
                }
                billed = line.amount();
            }
            long id = insert(
                    tx,
                    actor,
                    new WarrantyDao.NewSublet(
                            supplierId,
                            null,
                            jobId,
                            lineId,
                            tx.warranty().vehicleOfReceipt(job.receiptId()),
                            what,
                            cost,
                            billed,
                            actor.username(),
                            times.now()),
                    job.receiptId());
            return toApi(find(tx, id));
        };
    }

    /**
     * A claim's re-repair sent to a contractor, inside the claim's assignment: the order costs
     * nothing until the contractor completes it; {@code price} null bills a BILLABLE claim at cost.
     */
    public long orderForClaim(
            WriteTx tx, Actor actor, long supplierId, WarrantyDao.Row claim, Long price, Long receiptIdForEvents) {
        supplier(tx, supplierId);
        return insert(
                tx,
                actor,
                new WarrantyDao.NewSublet(
                        supplierId,
                        claim.id(),
                        null,
                        null,
                        claim.vehicleId(),
                        "재정비 (comeback) #" + claim.originalReceiptId() + ": " + claim.complaint(),
                        0,
                        price,
                        actor.username(),
                        times.now()),
                receiptIdForEvents);
    }

    private long insert(WriteTx tx, Actor actor, WarrantyDao.NewSublet order, Long receiptId) {
        long id = tx.warranty().insertSublet(order);
        events.append(
                tx,
                actor,
                receiptId,
                order.jobId(),
                new SubletOrdered(
                        id,
                        order.supplierId(),
                        order.claimId(),
                        order.jobId(),
                        order.description(),
                        order.cost(),
                        order.price()));
        return id;
    }

    public Change<SubletOrder> schedule(Actor actor, long id, SubletScheduleInput in) {
        Check c = new Check();
        LocalDate date = c.required("date", in.date());
        c.done();
        return tx -> {
            WarrantyDao.Sublet o = visible(tx, actor, id);
            open(o, "scheduled");
            LocalDate today = shop.today();
            if (date.isBefore(today)) {
                throw ApiException.invalid(
                        "date",
                        ErrorCode.OUT_OF_RANGE,
                        "must be today (" + today + ") or later",
                        Map.of("min", today.toString()));
            }
            tx.warranty().scheduleSublet(id, date, times.now());
            events.append(tx, actor, o.receiptId(), o.jobId(), new SubletScheduled(id, o.supplierId(), date));
            return toApi(find(tx, id));
        };
    }

    /**
     * The contractor finished: its cost (and invoice number) recorded; a claim's order resolves
     * the claim. A job's order is billed when the job's invoice is issued.
     */
    public Change<SubletOrder> complete(Actor actor, long id, SubletCompleteInput in) {
        Check c = new Check();
        String notes = c.longText("notes", in.notes(), TEXT_MAX, true);
        Long cost = c.money("cost", in.cost(), true);
        String vendorInvoice = c.optionalText("vendorInvoiceNumber", in.vendorInvoiceNumber(), 100);
        c.done();
        return tx -> {
            WarrantyDao.Sublet o = visible(tx, actor, id);
            open(o, "completed");
            Instant now = times.now();
            tx.warranty().completeSublet(id, cost, notes, vendorInvoice, now);
            WarrantyDao.Sublet done = find(tx, id);
            events.append(
                    tx,
                    actor,
                    o.receiptId(),
                    o.jobId(),
                    new SubletCompleted(id, o.supplierId(), cost, done.price(), done.vendorInvoiceNumber(), notes));
            if (o.claimId() != null) {
                WarrantyDao.Row claim = tx.warranty().find(o.claimId()).orElseThrow();
                Long receipt = null;
                Long job = null;
                if (claim.coverage() == Coverage.BILLABLE && done.price() != null && done.price() > 0) {
                    JobDao.Row billed = bill(tx, actor, claim, done, now);
                    receipt = billed.receiptId();
                    job = billed.id();
                }
                if (tx.warranty().close(o.claimId(), WarrantyClaimStatus.RESOLVED, null, now) == 1) {
                    events.append(tx, actor, receipt, job, new WarrantyClaimResolved(o.claimId(), receipt, job, id));
                }
            }
            return toApi(find(tx, id));
        };
    }

    /**
     * A BILLABLE claim's contractor work is billed to the customer as a visit of its own: a receipt
     * (the original repair's customer, car and responsible mechanic) whose job is done at once with
     * no labour and no hours on anyone's day, the order attached to it, and its invoice issued with
     * the order's SUBLET line. The claim answers with this receipt and job.
     */
    private JobDao.Row bill(WriteTx tx, Actor actor, WarrantyDao.Row claim, WarrantyDao.Sublet order, Instant now) {
        ReceiptDao.Row original = tx.receipts().find(claim.originalReceiptId()).orElseThrow();
        LocalDate today = shop.today();
        String request = "외주 재정비 (sublet comeback, " + order.supplierName() + ") #" + claim.originalReceiptId() + ": "
                + claim.complaint();
        long receipt = tx.receipts()
                .insert(new ReceiptDao.New(
                        original.customerName(),
                        original.customerPhone(),
                        original.carId(),
                        original.vin(),
                        original.make(),
                        original.model(),
                        original.year(),
                        claim.mileageKm(),
                        original.mechanicId(),
                        today,
                        BILLING_CENTI,
                        request,
                        ReceiptStatus.COMPLETED,
                        null,
                        actor.username(),
                        now,
                        claim.customerId(),
                        claim.vehicleId(),
                        false,
                        null,
                        null,
                        original.locationId()));
        events.append(
                tx,
                actor,
                receipt,
                null,
                new RepairRequested(
                        original.customerName(),
                        original.customerPhone(),
                        original.carId(),
                        original.mechanicId(),
                        original.mechanicName(),
                        today,
                        Hours.of(BILLING_CENTI),
                        request,
                        ReceiptStatus.COMPLETED,
                        claim.customerId(),
                        claim.vehicleId(),
                        original.locationId()));
        long job = tx.jobs().insert(receipt, original.mechanicId(), today, BILLING_CENTI, now);
        events.append(
                tx,
                actor,
                receipt,
                job,
                new JobCreated(
                        job,
                        original.mechanicId(),
                        original.mechanicName(),
                        today,
                        Hours.of(BILLING_CENTI),
                        JobStatus.WAITING));
        String notes = order.supplierName() + ": " + order.notes();
        tx.warranty().finishWithoutLabour(job, notes, now);
        events.append(tx, actor, receipt, job, new JobFinished(JobStatus.FINISHED, null, notes));
        tx.warranty().linkReceipt(receipt, claim.id());
        tx.warranty().billedBy(claim.id(), receipt, job, now);
        tx.warranty().attachToJob(order.id(), job);
        JobDao.Row row = tx.jobs().find(job).orElseThrow();
        invoices.issue(tx, actor, row);
        return row;
    }

    /** {@code POST /subletOrders/{id}/cancel}: a job's order withdrawn (a claim's goes with its claim). */
    public Change<SubletOrder> cancel(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, REASON_MAX, true);
        c.done();
        return tx -> {
            WarrantyDao.Sublet o = find(tx, id);
            if (o.claimId() != null) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "sublet order " + id + " is warranty claim " + o.claimId()
                                + "'s; cancel the claim, which withdraws it");
            }
            cancelOpen(tx, actor, o, reason);
            return toApi(find(tx, id));
        };
    }

    /** Withdraws an open order in the caller's transaction (a claim or a job cancelled). */
    public void cancel(WriteTx tx, Actor actor, long id, String reason) {
        cancelOpen(tx, actor, find(tx, id), reason);
    }

    /** Withdraws every open order of a job (the job is cancelled). */
    public void cancelOpenOfJob(WriteTx tx, Actor actor, long jobId, String reason) {
        for (WarrantyDao.Sublet o : tx.warranty().subletsOfJob(jobId)) {
            if (isOpen(o.status())) {
                cancelOpen(tx, actor, o, reason);
            }
        }
    }

    /** Refuses to finish a job while work it sent out is not back. */
    public static void checkNoneOpen(Tx tx, long jobId) {
        for (WarrantyDao.Sublet o : tx.warranty().subletsOfJob(jobId)) {
            if (isOpen(o.status())) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "sublet order " + o.id() + " (" + o.supplierName() + ") is " + o.status()
                                + ": complete or cancel it before the job is finished",
                        Map.of("subletOrderId", o.id()));
            }
        }
    }

    private void cancelOpen(WriteTx tx, Actor actor, WarrantyDao.Sublet o, String reason) {
        open(o, "cancelled");
        tx.warranty().cancelSublet(o.id(), reason, times.now());
        events.append(tx, actor, o.receiptId(), o.jobId(), new SubletCancelled(o.id(), o.supplierId(), reason));
    }

    public SubletOrder get(Actor actor, long id) {
        return db.read(tx -> toApi(visible(tx, actor, id)));
    }

    public Page<SubletOrder> list(
            Actor actor,
            SubletOrderStatus status,
            Long supplierId,
            Long claimId,
            Long jobId,
            String cursor,
            int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> Pages.of(
                tx.warranty().sublets(status, supplierId, actor.contractorOf(), claimId, jobId, before, limit + 1),
                limit,
                WarrantyDao.Sublet::id,
                SubletService::toApi));
    }

    private static boolean isOpen(SubletOrderStatus s) {
        return s == SubletOrderStatus.ORDERED || s == SubletOrderStatus.SCHEDULED;
    }

    private static void open(WarrantyDao.Sublet o, String verb) {
        if (!isOpen(o.status())) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "sublet order " + o.id() + " is " + o.status() + " and cannot be " + verb);
        }
    }

    private static PurchasingDao.SupplierRow supplier(Tx tx, long supplierId) {
        PurchasingDao.SupplierRow s = tx.purchasing()
                .supplier(supplierId)
                .orElseThrow(() -> ApiException.invalid(
                        "supplierId", ErrorCode.NOT_FOUND, "supplier " + supplierId + " does not exist"));
        if (!s.active()) {
            throw ApiException.invalid(
                    "supplierId", ErrorCode.NOT_ALLOWED_VALUE, "supplier " + supplierId + " is no longer active");
        }
        return s;
    }

    private static EstimateDao.LineRow approvedSubletLine(Tx tx, long receiptId, long lineId) {
        EstimateDao.Row estimate = tx.estimates()
                .presented(receiptId)
                .orElseThrow(() -> ApiException.invalid(
                        "estimateLineId", ErrorCode.NOT_FOUND, "the job's receipt has no presented estimate"));
        EstimateDao.LineRow line = tx.estimates().lines(estimate.id()).stream()
                .filter(l -> l.id() == lineId)
                .findFirst()
                .orElseThrow(() -> ApiException.invalid(
                        "estimateLineId",
                        ErrorCode.NOT_FOUND,
                        "line " + lineId + " is not a line of the job's estimate " + estimate.id()));
        if (line.kind() != EstimateLineKind.SUBLET || line.decision() != Decision.APPROVED) {
            throw ApiException.invalid(
                    "estimateLineId",
                    ErrorCode.NOT_ALLOWED_VALUE,
                    "line " + lineId + " is a " + line.kind() + " line, " + line.decision()
                            + "; an order is made for an approved SUBLET line");
        }
        if (tx.warranty().ordersOfEstimateLine(lineId) > 0) {
            throw ApiException.conflict(
                    "estimateLineId", ErrorCode.NOT_UNIQUE, "estimate line " + lineId + " has an order already");
        }
        return line;
    }

    /** An order the actor may see: a contractor only its own supplier's (others are not found). */
    private static WarrantyDao.Sublet visible(Tx tx, Actor actor, long id) {
        WarrantyDao.Sublet o = find(tx, id);
        Long only = actor.contractorOf();
        if (only != null && only != o.supplierId()) {
            throw ApiException.notFound("sublet order", id);
        }
        return o;
    }

    private static WarrantyDao.Sublet find(Tx tx, long id) {
        return tx.warranty().sublet(id).orElseThrow(() -> ApiException.notFound("sublet order", id));
    }

    public static SubletOrder toApi(WarrantyDao.Sublet o) {
        String vehicle = o.make() == null && o.model() == null
                ? null
                : ((o.make() == null ? "" : o.make()) + " " + (o.model() == null ? "" : o.model())).strip();
        return new SubletOrder(
                o.id(),
                o.supplierId(),
                o.supplierName(),
                o.claimId(),
                o.jobId(),
                o.receiptId(),
                o.estimateLineId(),
                o.vehicleId(),
                o.plate(),
                vehicle,
                o.description(),
                o.cost(),
                o.price(),
                o.status(),
                o.scheduledOn(),
                o.vendorInvoiceNumber(),
                o.notes(),
                o.cancelReason(),
                o.createdBy(),
                o.createdAt(),
                o.completedAt(),
                o.version());
    }
}
