package org.shopsuite.server.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.shopsuite.model.EventType;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Role;
import org.shopsuite.server.db.Daos;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.JobDao;
import org.shopsuite.server.db.PartDao;
import org.shopsuite.server.db.ReceiptDao;

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

    public JobService(Database db, EventStore events, PartService parts, InvoiceService invoices, Times times) {
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
        return db.read(h -> {
            JobDao dao = Daos.of(h, JobDao.class);
            List<JobDao.Row> rows = dao.list(
                    before,
                    mech,
                    status == null ? null : status.name(),
                    date == null ? null : date.toString(),
                    limit + 1);
            List<Long> ids = rows.stream().map(JobDao.Row::id).toList();
            Map<Long, List<JobDao.PartRequestRow>> byJob = ids.isEmpty()
                    ? Map.of()
                    : dao.partRequestsOf(ids).stream().collect(Collectors.groupingBy(JobDao.PartRequestRow::jobId));
            return Pages.of(rows, limit, JobDao.Row::id, r -> toApi(r, byJob.getOrDefault(r.id(), List.of())));
        });
    }

    public Job get(Actor actor, long id) {
        return db.read(h -> {
            JobDao.Row job = find(h, id);
            if (actor.role() == Role.MECHANIC && job.mechanicId() != actor.mechanicId()) {
                throw ApiException.forbidden("job " + id + " is assigned to another mechanic");
            }
            return toApi(job, Daos.of(h, JobDao.class).partRequestsOf(List.of(id)));
        });
    }

    public Job start(Actor actor, long id) {
        return db.write(h -> {
            JobDao.Row job = actionable(h, actor, id);
            if (Daos.of(h, JobDao.class).start(id, times.now().toString()) == 0) {
                throw illegal(job, "started", "WAITING");
            }
            events.append(
                    h,
                    EventType.JobStarted,
                    actor,
                    job.receiptId(),
                    id,
                    Data.of("jobStatus", JobStatus.IN_PROGRESS.name(), "mechanicId", job.mechanicId()));
            return load(h, id);
        });
    }

    public Job finish(Actor actor, long id, FinishInput in) {
        FinishInput input = in == null ? new FinishInput(null, null) : in;
        Check c = new Check();
        Long labor = c.hours("laborHours", input.laborHours(), false, false);
        String notes = c.longText("notes", input.notes(), 2000, false);
        c.done();
        return db.write(h -> {
            JobDao.Row job = actionable(h, actor, id);
            long hours = labor == null ? job.estimatedCenti() : labor;
            String now = times.now().toString();
            if (Daos.of(h, JobDao.class).finish(id, hours, notes, now) == 0) {
                throw illegal(job, "finished", "IN_PROGRESS");
            }
            Daos.of(h, ReceiptDao.class).setStatus(job.receiptId(), ReceiptStatus.COMPLETED.name(), null, now);
            events.append(
                    h,
                    EventType.JobFinished,
                    actor,
                    job.receiptId(),
                    id,
                    Data.of(
                            "jobStatus", JobStatus.FINISHED.name(),
                            "laborHours", Hours.of(hours),
                            "notes", notes));
            invoices.issue(h, actor, find(h, id));
            return load(h, id);
        });
    }

    public PartRequest requestPart(Actor actor, long jobId, PartRequestInput in) {
        Check c = new Check();
        Long partId = c.required("vehiclePartId", in.vehiclePartId());
        Integer quantity = c.wholeNumber("quantity", in.quantity(), 1, 10_000, true);
        c.done();
        return db.write(h -> {
            JobDao.Row job = actionable(h, actor, jobId);
            requireInProgress(job, "request parts for");
            PartDao.Row part = Daos.of(h, PartDao.class)
                    .find(partId)
                    .orElseThrow(
                            () -> ApiException.invalid("vehiclePartId", "vehicle part " + partId + " does not exist"));
            boolean inStock = part.stock() >= quantity;
            JobDao jobs = Daos.of(h, JobDao.class);
            long requestId = jobs.insertPartRequest(new JobDao.PartRequestRow(
                    0,
                    jobId,
                    part.id(),
                    part.partId(),
                    part.partName(),
                    quantity,
                    (inStock ? PartRequestStatus.ISSUED : PartRequestStatus.REJECTED).name(),
                    inStock ? null : OUT_OF_STOCK,
                    part.partPrice(),
                    actor.username(),
                    times.now().toString(),
                    null));
            events.append(
                    h,
                    EventType.PartRequested,
                    actor,
                    job.receiptId(),
                    jobId,
                    Data.of(
                            "partRequestId", requestId,
                            "vehiclePartId", part.id(),
                            "partId", part.partId(),
                            "partName", part.partName(),
                            "quantity", quantity));
            if (inStock) {
                PartDao.Row after =
                        parts.move(h, actor, part, -quantity, MovementKind.ISSUE, "job " + jobId, jobId, requestId);
                events.append(
                        h,
                        EventType.PartIssued,
                        actor,
                        job.receiptId(),
                        jobId,
                        Data.of(
                                "partRequestId", requestId,
                                "vehiclePartId", part.id(),
                                "quantity", quantity,
                                "unitPrice", part.partPrice(),
                                "stockAfter", after.stock()));
                parts.lowStockCheck(h, actor, part, after);
            } else {
                events.append(
                        h,
                        EventType.PartRequestRejected,
                        actor,
                        job.receiptId(),
                        jobId,
                        Data.of(
                                "partRequestId", requestId,
                                "vehiclePartId", part.id(),
                                "quantity", quantity,
                                "stock", part.stock(),
                                "reason", OUT_OF_STOCK));
            }
            return toApi(jobs.findPartRequest(requestId).orElseThrow());
        });
    }

    public PartRequest returnPart(Actor actor, long jobId, long requestId) {
        return db.write(h -> {
            JobDao.Row job = actionable(h, actor, jobId);
            requireInProgress(job, "return parts of");
            JobDao jobs = Daos.of(h, JobDao.class);
            JobDao.PartRequestRow pr = jobs.findPartRequest(requestId)
                    .filter(r -> r.jobId() == jobId)
                    .orElseThrow(() -> ApiException.notFound("part request", requestId));
            if (jobs.returnPartRequest(requestId, times.now().toString()) == 0) {
                throw ApiException.conflict(
                        "part request " + requestId + " is " + pr.status() + "; only issued parts go back");
            }
            PartDao.Row part =
                    Daos.of(h, PartDao.class).find(pr.vehiclePartId()).orElseThrow();
            PartDao.Row after = parts.move(
                    h, actor, part, pr.quantity(), MovementKind.RETURN, "returned from job " + jobId, jobId, requestId);
            events.append(
                    h,
                    EventType.PartReturned,
                    actor,
                    job.receiptId(),
                    jobId,
                    Data.of(
                            "partRequestId", requestId,
                            "vehiclePartId", pr.vehiclePartId(),
                            "quantity", pr.quantity(),
                            "stockAfter", after.stock()));
            return toApi(jobs.findPartRequest(requestId).orElseThrow());
        });
    }

    /** The job, if this actor may act on it: its own mechanic, or a manager. */
    private static JobDao.Row actionable(Handle h, Actor actor, long id) {
        JobDao.Row job = find(h, id);
        boolean own = actor.role() == Role.MECHANIC && job.mechanicId() == actor.mechanicId();
        if (!own && !actor.isManager()) {
            throw ApiException.forbidden("only the assigned mechanic or a manager may act on job " + id);
        }
        return job;
    }

    private static void requireInProgress(JobDao.Row job, String what) {
        if (!JobStatus.IN_PROGRESS.name().equals(job.status())) {
            throw ApiException.conflict(
                    "job " + job.id() + " is " + job.status() + "; you can only " + what + " a job in progress");
        }
    }

    private static ApiException illegal(JobDao.Row job, String verb, String needed) {
        return ApiException.conflict(
                "job " + job.id() + " is " + job.status() + "; only a " + needed + " job can be " + verb);
    }

    private static JobDao.Row find(Handle h, long id) {
        return Daos.of(h, JobDao.class).find(id).orElseThrow(() -> ApiException.notFound("job", id));
    }

    private static Job load(Handle h, long id) {
        return toApi(find(h, id), Daos.of(h, JobDao.class).partRequestsOf(List.of(id)));
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
                org.shopsuite.model.IsoTime.parseDate(r.workDate()),
                Hours.of(r.estimatedCenti()),
                Hours.of(r.laborCenti()),
                JobStatus.valueOf(r.status()),
                r.notes(),
                Times.parse(r.startedAt()),
                Times.parse(r.finishedAt()),
                r.invoiceId(),
                requests.stream().map(JobService::toApi).toList(),
                r.version());
    }

    static PartRequest toApi(JobDao.PartRequestRow r) {
        return new PartRequest(
                r.id(),
                r.jobId(),
                r.vehiclePartId(),
                r.partNumber(),
                r.partName(),
                r.quantity(),
                PartRequestStatus.valueOf(r.status()),
                r.rejectionReason(),
                r.unitPrice(),
                r.unitPrice() * r.quantity(),
                r.requestedBy(),
                Times.parse(r.requestedAt()),
                Times.parse(r.returnedAt()));
    }
}
