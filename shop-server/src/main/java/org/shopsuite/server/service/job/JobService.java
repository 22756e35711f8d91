package org.shopsuite.server.service.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.PartReturnInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Role;
import org.shopsuite.model.event.JobFinished;
import org.shopsuite.model.event.JobStarted;
import org.shopsuite.model.event.PartIssued;
import org.shopsuite.model.event.PartRequestRejected;
import org.shopsuite.model.event.PartRequested;
import org.shopsuite.model.event.PartReturned;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.estimate.EstimateService;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.invoice.InvoiceService;
import org.shopsuite.server.service.part.PartService;
import org.shopsuite.server.service.receipt.ReceiptService;

/**
 * The mechanic's side: start a job, get parts from stock (or be told they are out), return unused
 * parts, finish — which issues the invoice in the same transaction.
 */
public final class JobService {
    /** The rejection reason when stock does not cover a part request. */
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";

    private final Database db;
    private final EventStore events;
    private final PartService parts;
    private final InvoiceService invoices;
    private final Times times;

    private final org.shopsuite.server.service.clock.ClockService clock;

    public JobService(
            Database db,
            EventStore events,
            PartService parts,
            InvoiceService invoices,
            org.shopsuite.server.service.clock.ClockService clock,
            Times times) {
        this.clock = clock;
        this.db = db;
        this.events = events;
        this.parts = parts;
        this.invoices = invoices;
        this.times = times;
    }

    public Page<Job> list(Actor actor, Long mechanicId, JobStatus status, LocalDate date, String cursor, int limit) {
        Long filter = mechanicId;
        if (actor.role() == Role.MECHANIC) {
            if (mechanicId != null && !mechanicId.equals(actor.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees only their own jobs");
            }
            filter = actor.mechanicId();
        }
        long before = Cursor.before(cursor);
        Long mech = filter;
        return db.read(tx -> {
            JobDao dao = tx.jobs();
            List<JobDao.Row> rows = dao.list(before, mech, status, date, limit + 1);
            List<Long> ids = rows.stream().map(JobDao.Row::id).toList();
            Map<Long, List<JobDao.PartRequestRow>> byJob = ids.isEmpty()
                    ? Map.of()
                    : dao.partRequestsOf(ids).stream().collect(Collectors.groupingBy(JobDao.PartRequestRow::jobId));
            return Pages.of(rows, limit, JobDao.Row::id, r -> toApi(r, byJob.getOrDefault(r.id(), List.of())));
        });
    }

    public Job get(Actor actor, long id) {
        return db.read(tx -> {
            JobDao.Row job = find(tx, id);
            if (actor.role() == Role.MECHANIC && job.mechanicId() != actor.mechanicId()) {
                throw ApiException.forbidden("job " + id + " is assigned to another mechanic");
            }
            return toApi(job, tx.jobs().partRequestsOf(List.of(id)));
        });
    }

    public Change<Job> start(Actor actor, long id) {
        return tx -> {
            JobDao.Row job = actionable(tx, actor, id);
            if (job.status() == JobStatus.WAITING) {
                EstimateService.requireApprovedWork(tx, job.receiptId());
            }
            if (tx.jobs().start(id, times.now()) == 0) {
                throw illegal(job, "started", JobStatus.WAITING);
            }
            events.append(tx, actor, job.receiptId(), id, new JobStarted(JobStatus.IN_PROGRESS, job.mechanicId()));
            clock.jobStarted(tx, actor, job); // its clock runs from now (issue 21)
            return load(tx, id);
        };
    }

    public Change<Job> finish(Actor actor, long id, FinishInput in) {
        FinishInput input = in == null ? new FinishInput(null, null) : in;
        Check c = new Check();
        Long labor = c.hours("laborHours", input.laborHours(), false, false);
        String notes = c.longText("notes", input.notes(), 2000, false);
        c.done();
        return tx -> {
            JobDao.Row job = actionable(tx, actor, id);
            org.shopsuite.server.service.sublet.SubletService.checkNoneOpen(tx, id);
            clock.jobFinished(tx, job);
            long hours = labor == null ? job.estimatedCenti() : labor;
            Instant now = times.now();
            if (tx.jobs().finish(id, hours, notes, now) == 0) {
                throw illegal(job, "finished", JobStatus.IN_PROGRESS);
            }
            tx.receipts().setStatus(job.receiptId(), ReceiptStatus.COMPLETED, null, now);
            events.append(tx, actor, job.receiptId(), id, new JobFinished(JobStatus.FINISHED, Hours.of(hours), notes));
            invoices.issue(tx, actor, find(tx, id));
            // a comeback's re-repair done: its claim resolves
            tx.warranty().ofReceipt(job.receiptId()).ifPresent(claim -> {
                if (tx.warranty().close(claim.id(), org.shopsuite.model.WarrantyClaimStatus.RESOLVED, null, times.now())
                        == 1) {
                    events.append(
                            tx,
                            actor,
                            job.receiptId(),
                            id,
                            new org.shopsuite.model.event.WarrantyClaimResolved(claim.id(), job.receiptId(), id, null));
                }
            });
            return load(tx, id);
        };
    }

    public Change<PartRequest> requestPart(Actor actor, long jobId, PartRequestInput in) {
        Check c = new Check();
        Long partId = c.required("vehiclePartId", in.vehiclePartId());
        Integer quantity = c.wholeNumber("quantity", in.quantity(), 1, 10_000, true);
        c.done();
        return tx -> {
            JobDao.Row job = actionable(tx, actor, jobId);
            requireInProgress(job, "request parts for");
            // from the stock of the location the job's receipt belongs to
            PartDao.Row part = tx.parts()
                    .find(partId, tx.receipts().locationOf(job.receiptId()))
                    .orElseThrow(() -> ApiException.invalid(
                            "vehiclePartId", ErrorCode.NOT_FOUND, "vehicle part " + partId + " does not exist"));
            boolean inStock = part.available() >= quantity; // units held for counter sales are not for jobs
            JobDao jobs = tx.jobs();
            long requestId = jobs.insertPartRequest(new JobDao.PartRequestRow(
                    0,
                    jobId,
                    part.id(),
                    part.partId(),
                    part.partName(),
                    quantity,
                    0,
                    inStock ? PartRequestStatus.ISSUED : PartRequestStatus.REJECTED,
                    inStock ? null : OUT_OF_STOCK,
                    part.partPrice(),
                    actor.username(),
                    times.now(),
                    null,
                    1,
                    tx.estimates().approvedGrade(job.receiptId(), part.id()).orElse(PartGrade.NEW),
                    part.costPrice(),
                    null));
            events.append(
                    tx,
                    actor,
                    job.receiptId(),
                    jobId,
                    new PartRequested(requestId, part.id(), part.partId(), part.partName(), quantity));
            if (inStock) {
                PartDao.Row after =
                        parts.move(tx, actor, part, -quantity, MovementKind.ISSUE, "job " + jobId, jobId, requestId);
                events.append(
                        tx,
                        actor,
                        job.receiptId(),
                        jobId,
                        new PartIssued(requestId, part.id(), quantity, part.partPrice(), after.stock()));
                parts.lowStockCheck(tx, actor, part, after);
            } else {
                events.append(
                        tx,
                        actor,
                        job.receiptId(),
                        jobId,
                        new PartRequestRejected(requestId, part.id(), quantity, part.available(), OUT_OF_STOCK));
            }
            return toApi(jobs.findPartRequest(requestId).orElseThrow());
        };
    }

    /**
     * Puts issued parts back in stock while the job is in progress: {@code quantity} of them, or
     * all still out when the body gives none. The request stays ISSUED until all are back.
     */
    public Change<PartRequest> returnPart(Actor actor, long jobId, long requestId, PartReturnInput in) {
        Integer asked = in == null ? null : in.quantity();
        return tx -> {
            JobDao.Row job = actionable(tx, actor, jobId);
            requireInProgress(job, "return parts of");
            JobDao jobs = tx.jobs();
            JobDao.PartRequestRow pr = jobs.findPartRequest(requestId)
                    .filter(r -> r.jobId() == jobId)
                    .orElseThrow(() -> ApiException.notFound("part request", requestId));
            int outstanding = pr.outstanding();
            if (outstanding == 0) {
                throw ApiException.conflict(
                        "part request " + requestId + " is " + pr.status() + "; only issued parts still out go back");
            }
            int quantity = asked == null ? outstanding : asked;
            if (quantity < 1 || quantity > outstanding) {
                Check c = new Check();
                c.outOfRange("quantity", 1, outstanding);
                c.done();
            }
            if (jobs.returnPartRequest(requestId, quantity, times.now()) == 0) {
                throw ApiException.conflict("part request " + requestId + " changed meanwhile; reload it");
            }
            PartDao.Row part = tx.parts()
                    .find(pr.vehiclePartId(), tx.receipts().locationOf(job.receiptId()))
                    .orElseThrow();
            PartDao.Row after = parts.move(
                    tx, actor, part, quantity, MovementKind.RETURN, "returned from job " + jobId, jobId, requestId);
            events.append(
                    tx,
                    actor,
                    job.receiptId(),
                    jobId,
                    new PartReturned(requestId, pr.vehiclePartId(), quantity, after.stock()));
            return toApi(jobs.findPartRequest(requestId).orElseThrow());
        };
    }

    /** The job, if this actor may act on it: its own mechanic, or a manager. */
    private static JobDao.Row actionable(Tx tx, Actor actor, long id) {
        JobDao.Row job = find(tx, id);
        boolean own = actor.role() == Role.MECHANIC && job.mechanicId() == actor.mechanicId();
        if (!own && !actor.isManager()) {
            throw ApiException.forbidden("only the assigned mechanic or a manager may act on job " + id);
        }
        return job;
    }

    private static void requireInProgress(JobDao.Row job, String what) {
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw ApiException.conflict(
                    "job " + job.id() + " is " + job.status() + "; you can only " + what + " a job in progress");
        }
    }

    private static ApiException illegal(JobDao.Row job, String verb, JobStatus needed) {
        return ApiException.conflict(
                "job " + job.id() + " is " + job.status() + "; only a " + needed + " job can be " + verb);
    }

    private static JobDao.Row find(Tx tx, long id) {
        return tx.jobs().find(id).orElseThrow(() -> ApiException.notFound("job", id));
    }

    private static Job load(Tx tx, long id) {
        return toApi(find(tx, id), tx.jobs().partRequestsOf(List.of(id)));
    }

    private static Job toApi(JobDao.Row r, List<JobDao.PartRequestRow> requests) {
        return new Job(
                r.id(),
                r.receiptId(),
                r.mechanicId(),
                r.mechanicName(),
                r.customerName(),
                r.carId(),
                ReceiptService.vehicleOf(r.vin(), r.make(), r.model(), r.year(), r.mileageKm()),
                r.request(),
                r.workDate(),
                Hours.of(r.estimatedCenti()),
                Hours.of(r.laborCenti()),
                r.status(),
                r.notes(),
                r.startedAt(),
                r.finishedAt(),
                r.invoiceId(),
                requests.stream().map(JobService::toApi).toList(),
                r.version(),
                r.warrantyClaimId(),
                r.warrantyCoverage());
    }

    public static PartRequest toApi(JobDao.PartRequestRow r) {
        return new PartRequest(
                r.id(),
                r.jobId(),
                r.vehiclePartId(),
                r.partNumber(),
                r.partName(),
                r.quantity(),
                r.returnedQuantity(),
                r.status(),
                r.rejectionReason(),
                r.unitPrice(),
                r.unitPrice() * r.quantity(),
                r.requestedBy(),
                r.requestedAt(),
                r.returnedAt(),
                r.version(),
                r.grade(),
                r.unitCost(),
                r.backorderId());
    }

    /**
     * Parts that arrived for a job's backorder, issued to it at once when the job is still open (a
     * new ISSUED request, as if asked for now); false when the job is finished or cancelled, and the
     * parts stay in stock.
     */
    public boolean issueArrived(WriteTx tx, Actor actor, long jobId, long partId, int quantity) {
        JobDao.Row job = tx.jobs().find(jobId).orElse(null);
        if (job == null || (job.status() != JobStatus.WAITING && job.status() != JobStatus.IN_PROGRESS)) {
            return false;
        }
        // the job's location's stock: units that arrived at another location stay there
        PartDao.Row part = tx.parts()
                .find(partId, tx.receipts().locationOf(job.receiptId()))
                .orElseThrow();
        if (part.available() < quantity) {
            return false;
        }
        long requestId = tx.jobs()
                .insertPartRequest(new JobDao.PartRequestRow(
                        0,
                        jobId,
                        part.id(),
                        part.partId(),
                        part.partName(),
                        quantity,
                        0,
                        PartRequestStatus.ISSUED,
                        null,
                        part.partPrice(),
                        actor.username(),
                        times.now(),
                        null,
                        1,
                        tx.estimates().approvedGrade(job.receiptId(), part.id()).orElse(PartGrade.NEW),
                        part.costPrice(),
                        null));
        events.append(
                tx,
                actor,
                job.receiptId(),
                jobId,
                new PartRequested(requestId, part.id(), part.partId(), part.partName(), quantity));
        PartDao.Row after = parts.move(
                tx, actor, part, -quantity, MovementKind.ISSUE, "job " + jobId + " (backorder)", jobId, requestId);
        events.append(
                tx,
                actor,
                job.receiptId(),
                jobId,
                new PartIssued(requestId, part.id(), quantity, part.partPrice(), after.stock()));
        return true;
    }

    /** A part request of a job the actor may act on (a mechanic: their own). */
    public static JobDao.PartRequestRow requestOf(Tx tx, Actor actor, long requestId) {
        JobDao.PartRequestRow pr = tx.jobs()
                .findPartRequest(requestId)
                .orElseThrow(() -> ApiException.notFound("part request", requestId));
        JobDao.Row job = tx.jobs().find(pr.jobId()).orElseThrow();
        if (actor.role() == Role.MECHANIC && job.mechanicId() != actor.mechanicId()) {
            throw ApiException.forbidden("part request " + requestId + " is on another mechanic's job");
        }
        return pr;
    }
}
