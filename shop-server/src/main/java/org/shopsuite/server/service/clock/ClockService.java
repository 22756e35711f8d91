package org.shopsuite.server.service.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.MechanicClock;
import org.shopsuite.model.PauseInput;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.Role;
import org.shopsuite.model.TimeEntry;
import org.shopsuite.model.TimeEntryEdit;
import org.shopsuite.model.TimeEntryKind;
import org.shopsuite.model.TimeEntryPatch;
import org.shopsuite.model.TimeSpan;
import org.shopsuite.model.event.ClockedIn;
import org.shopsuite.model.event.ClockedOut;
import org.shopsuite.model.event.JobClockPaused;
import org.shopsuite.model.event.JobClockResumed;
import org.shopsuite.model.event.JobClockStarted;
import org.shopsuite.model.event.TimeEntryEdited;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.clock.ClockDao;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * The technicians' time clock. Attendance runs from clock-in to clock-out; a job's clock runs while
 * its mechanic works on it: from the job's start (or a resume) to a pause, a switch to another job
 * (SWITCHED), the end of the shift (END_OF_SHIFT) or the job's finish. A mechanic has at most one
 * running clock of each kind (a unique index holds it, so racing requests cannot make two);
 * clocking onto a job clocks the mechanic in when they are not (recorded as automatic). A
 * manager's correction keeps the values it replaced, needs a reason, and never lets two entries of
 * one mechanic of the same kind overlap.
 */
public final class ClockService {
    private static final int NOTE_MAX = 500;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public ClockService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    /** Whether the actor is that mechanic, or a manager. */
    private static boolean ownOrManager(Actor actor, long mechanicId) {
        boolean own = actor.role() == Role.MECHANIC && actor.mechanicId() != null && actor.mechanicId() == mechanicId;
        return own || actor.isManager();
    }

    /** The mechanic themself, or a manager. */
    private static void mayClock(Tx tx, Actor actor, long mechanicId) {
        if (tx.mechanics().find(mechanicId).isEmpty()) {
            throw ApiException.notFound("mechanic", mechanicId);
        }
        if (!ownOrManager(actor, mechanicId)) {
            throw ApiException.forbidden("only mechanic " + mechanicId + " or a manager may use their clock");
        }
    }

    public MechanicClock clock(Actor actor, long mechanicId) {
        return db.read(tx -> {
            mayClock(tx, actor, mechanicId);
            return state(tx, mechanicId);
        });
    }

    public Change<MechanicClock> clockIn(Actor actor, long mechanicId) {
        return tx -> {
            mayClock(tx, actor, mechanicId);
            ClockDao dao = tx.clock();
            dao.running(mechanicId, TimeEntryKind.ATTENDANCE).ifPresent(a -> {
                throw ApiException.conflict(
                        "mechanicId",
                        ErrorCode.INVALID_STATE,
                        "mechanic " + mechanicId + " is clocked in since " + a.startAt());
            });
            long entry = dao.start(mechanicId, TimeEntryKind.ATTENDANCE, null, times.now(), false);
            events.append(tx, actor, null, null, new ClockedIn(mechanicId, entry, false));
            return state(tx, mechanicId);
        };
    }

    /** Clocks out; a job clock still running is paused first (END_OF_SHIFT). */
    public Change<MechanicClock> clockOut(Actor actor, long mechanicId) {
        return tx -> {
            mayClock(tx, actor, mechanicId);
            ClockDao dao = tx.clock();
            ClockDao.Entry attendance = dao.running(mechanicId, TimeEntryKind.ATTENDANCE)
                    .orElseThrow(() -> ApiException.conflict(
                            "mechanicId", ErrorCode.INVALID_STATE, "mechanic " + mechanicId + " is not clocked in"));
            Instant now = times.now();
            Long paused = null;
            var job = dao.running(mechanicId, TimeEntryKind.JOB);
            if (job.isPresent()) {
                stop(tx, actor, job.get(), now, PauseReason.END_OF_SHIFT, null);
                paused = job.get().jobId();
            }
            dao.stop(attendance.id(), now, null, null);
            events.append(tx, actor, null, null, new ClockedOut(mechanicId, attendance.id(), paused));
            return state(tx, mechanicId);
        };
    }

    /** In the job's start: its clock starts (the mechanic clocked in when they are not). */
    public void jobStarted(WriteTx tx, Actor actor, JobDao.Row job) {
        run(tx, actor, job, null, false);
    }

    /** In the job's finish: its clock stops (no pause reason: the work is done). */
    public void jobFinished(WriteTx tx, JobDao.Row job) {
        tx.clock().running(job.mechanicId(), TimeEntryKind.JOB).ifPresent(e -> {
            if (e.jobId() != null && e.jobId() == job.id()) {
                tx.clock().stop(e.id(), times.now(), null, null);
            }
        });
    }

    public Change<MechanicClock> pause(Actor actor, long jobId, PauseInput in) {
        Check c = new Check();
        PauseReason reason = c.required("reason", in.reason());
        if (reason == PauseReason.SWITCHED || reason == PauseReason.END_OF_SHIFT) {
            c.fail(
                    "reason",
                    ErrorCode.NOT_ALLOWED_VALUE,
                    "must be WAITING_PARTS, WAITING_APPROVAL, BREAK or OTHER (" + reason
                            + " is recorded by the clock itself)");
        }
        String note = c.longText("note", in.note(), NOTE_MAX, false);
        c.done();
        return tx -> {
            JobDao.Row job = clockable(tx, actor, jobId);
            ClockDao.Entry running = tx.clock()
                    .running(job.mechanicId(), TimeEntryKind.JOB)
                    .filter(e -> e.jobId() != null && e.jobId() == jobId)
                    .orElseThrow(() -> ApiException.conflict(
                            "id", ErrorCode.INVALID_STATE, "job " + jobId + "'s clock is not running"));
            stop(tx, actor, running, times.now(), reason, note);
            return state(tx, job.mechanicId());
        };
    }

    /** Resumes a paused job's clock; another job's running clock is paused (SWITCHED, with the note). */
    public Change<MechanicClock> resume(Actor actor, long jobId, String noteText) {
        Check c = new Check();
        String note = c.longText("note", noteText, NOTE_MAX, false);
        c.done();
        return tx -> {
            JobDao.Row job = clockable(tx, actor, jobId);
            tx.clock().running(job.mechanicId(), TimeEntryKind.JOB).ifPresent(e -> {
                if (e.jobId() != null && e.jobId() == jobId) {
                    throw ApiException.conflict(
                            "id", ErrorCode.INVALID_STATE, "job " + jobId + "'s clock is running already");
                }
            });
            run(tx, actor, job, note, true);
            return state(tx, job.mechanicId());
        };
    }

    /** Starts the job's clock: attendance first if needed, and the mechanic's other job clock stopped. */
    private void run(WriteTx tx, Actor actor, JobDao.Row job, String switchNote, boolean resumed) {
        ClockDao dao = tx.clock();
        long mechanic = job.mechanicId();
        Instant now = times.now();
        if (dao.running(mechanic, TimeEntryKind.ATTENDANCE).isEmpty()) {
            long entry = dao.start(mechanic, TimeEntryKind.ATTENDANCE, null, now, true);
            events.append(tx, actor, null, null, new ClockedIn(mechanic, entry, true));
        }
        Long switchedFrom = null;
        var other = dao.running(mechanic, TimeEntryKind.JOB);
        if (other.isPresent()) {
            stop(tx, actor, other.get(), now, PauseReason.SWITCHED, switchNote);
            switchedFrom = other.get().jobId();
        }
        long entry = dao.start(mechanic, TimeEntryKind.JOB, job.id(), now, false);
        events.append(
                tx,
                actor,
                job.receiptId(),
                job.id(),
                resumed
                        ? new JobClockResumed(job.id(), mechanic, entry, switchedFrom)
                        : new JobClockStarted(job.id(), mechanic, entry, switchedFrom));
    }

    private void stop(WriteTx tx, Actor actor, ClockDao.Entry e, Instant at, PauseReason reason, String note) {
        tx.clock().stop(e.id(), at, reason, note);
        JobDao.Row job = tx.jobs().find(e.jobId()).orElseThrow();
        events.append(
                tx,
                actor,
                job.receiptId(),
                job.id(),
                new JobClockPaused(job.id(), e.mechanicId(), e.id(), reason, note));
    }

    /** A job in progress that the actor may clock: its own mechanic, or a manager. */
    private static JobDao.Row clockable(Tx tx, Actor actor, long jobId) {
        JobDao.Row job = tx.jobs().find(jobId).orElseThrow(() -> ApiException.notFound("job", jobId));
        if (!ownOrManager(actor, job.mechanicId())) {
            throw ApiException.forbidden("only the assigned mechanic or a manager may clock job " + jobId);
        }
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "job " + jobId + " is " + job.status() + "; its clock runs only while it is in progress");
        }
        return job;
    }

    private MechanicClock state(Tx tx, long mechanicId) {
        var attendance = tx.clock().running(mechanicId, TimeEntryKind.ATTENDANCE);
        var job = tx.clock().running(mechanicId, TimeEntryKind.JOB);
        return new MechanicClock(
                mechanicId,
                attendance.isPresent(),
                attendance.map(ClockDao.Entry::startAt).orElse(null),
                job.map(ClockDao.Entry::jobId).orElse(null),
                job.map(ClockDao.Entry::startAt).orElse(null));
    }

    /** A mechanic's entries that touch the days {@code from} to {@code to} (inclusive, shop time). */
    public List<TimeEntry> entries(Actor actor, long mechanicId, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? shop.today() : from;
        LocalDate last = to == null ? first : to;
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", ErrorCode.OUT_OF_RANGE, "must not be before from (" + first + ")");
        }
        if (first.plusDays(400).isBefore(last)) {
            throw ApiException.invalid("to", ErrorCode.OUT_OF_RANGE, "at most 400 days from from");
        }
        ZoneId zone = shop.zone();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return db.read(tx -> {
            if (tx.mechanics().find(mechanicId).isEmpty()) {
                throw ApiException.notFound("mechanic", mechanicId);
            }
            if (!ownOrManager(actor, mechanicId)) {
                throw ApiException.forbidden("a mechanic sees only their own time entries");
            }
            List<ClockDao.Entry> rows = tx
                    .clock()
                    .around(
                            mechanicId,
                            start.minusSeconds(86_400).toString(),
                            end.plusSeconds(86_400).toString())
                    .stream()
                    .filter(e -> e.startAt().isBefore(end)
                            && (e.endAt() == null || !e.endAt().isBefore(start)))
                    .toList();
            return toApi(tx, rows);
        });
    }

    public TimeEntry entry(Actor actor, long id) {
        return db.read(tx -> {
            ClockDao.Entry e = find(tx, id);
            if (!ownOrManager(actor, e.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees only their own time entries");
            }
            return toApi(tx, List.of(e)).get(0);
        });
    }

    /** A manager's correction: new start and/or end, the reason required, the old values kept. */
    public Change<TimeEntry> correct(Actor actor, long id, long version, TimeEntryPatch in) {
        Check c = new Check();
        String reason = c.longText("reason", in.reason(), NOTE_MAX, true);
        if (in.start() == null && in.end() == null) {
            c.fail("start", ErrorCode.REQUIRED, "give start, end or both");
        }
        c.done();
        return tx -> {
            ClockDao.Entry e = find(tx, id);
            if (e.voided()) {
                throw ApiException.conflict("id", ErrorCode.INVALID_STATE, "time entry " + id + " is void");
            }
            if (e.version() != version) {
                throw ApiException.preconditionFailed(e.version());
            }
            if (e.endAt() == null && in.end() != null) {
                throw ApiException.conflict(
                        "end", ErrorCode.INVALID_STATE, "time entry " + id + " is running: stop its clock instead");
            }
            Instant start = in.start() == null ? e.startAt() : in.start();
            Instant end = in.end() == null ? e.endAt() : in.end();
            Instant now = times.now();
            if (end != null && end.isBefore(start)) {
                throw ApiException.invalid("end", ErrorCode.OUT_OF_RANGE, "must not be before start (" + start + ")");
            }
            if (start.isAfter(now) || (end != null && end.isAfter(now))) {
                throw ApiException.invalid(
                        in.start() != null && start.isAfter(now) ? "start" : "end",
                        ErrorCode.OUT_OF_RANGE,
                        "must not be in the future");
            }
            for (ClockDao.Entry o : tx.clock().othersOfKind(e.mechanicId(), e.kind(), id)) {
                boolean overlaps =
                        (end == null || o.startAt().isBefore(end)) && (o.endAt() == null || start.isBefore(o.endAt()));
                if (overlaps) {
                    throw ApiException.conflict(
                            "start",
                            ErrorCode.INVALID_STATE,
                            "it would overlap time entry " + o.id() + " (" + o.startAt() + " to "
                                    + (o.endAt() == null ? "now" : o.endAt()) + ")",
                            Map.of("overlapsEntryId", o.id()));
                }
            }
            tx.clock().edited(id, actor.username(), now, reason, e.startAt(), e.endAt(), false);
            if (tx.clock().correct(id, version, start, end) == 0) {
                throw ApiException.preconditionFailed(e.version());
            }
            events.append(
                    tx,
                    actor,
                    null,
                    e.jobId(),
                    new TimeEntryEdited(
                            id, e.mechanicId(), e.kind(), e.startAt(), e.endAt(), start, end, false, reason));
            return toApi(tx, List.of(find(tx, id))).get(0);
        };
    }

    /** A manager voids an entry made in error (a stopped one): it stays, counting for nothing. */
    public Change<TimeEntry> voidEntry(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, NOTE_MAX, true);
        c.done();
        return tx -> {
            ClockDao.Entry e = find(tx, id);
            if (e.voided()) {
                throw ApiException.conflict("id", ErrorCode.INVALID_STATE, "time entry " + id + " is void already");
            }
            if (e.endAt() == null) {
                throw ApiException.conflict(
                        "id", ErrorCode.INVALID_STATE, "time entry " + id + " is running: stop its clock first");
            }
            Instant now = times.now();
            tx.clock().edited(id, actor.username(), now, reason, e.startAt(), e.endAt(), true);
            tx.clock().voidEntry(id, e.version());
            events.append(
                    tx,
                    actor,
                    null,
                    e.jobId(),
                    new TimeEntryEdited(
                            id,
                            e.mechanicId(),
                            e.kind(),
                            e.startAt(),
                            e.endAt(),
                            e.startAt(),
                            e.endAt(),
                            true,
                            reason));
            return toApi(tx, List.of(find(tx, id))).get(0);
        };
    }

    private static ClockDao.Entry find(Tx tx, long id) {
        return tx.clock().find(id).orElseThrow(() -> ApiException.notFound("time entry", id));
    }

    private static List<TimeEntry> toApi(Tx tx, List<ClockDao.Entry> rows) {
        Map<Long, List<ClockDao.Edit>> edits = rows.isEmpty()
                ? Map.of()
                : tx.clock().editsOf(rows.stream().map(ClockDao.Entry::id).toList()).stream()
                        .collect(Collectors.groupingBy(ClockDao.Edit::entryId));
        List<TimeEntry> out = new ArrayList<>(rows.size());
        for (ClockDao.Entry e : rows) {
            out.add(new TimeEntry(
                    e.id(),
                    e.mechanicId(),
                    e.kind(),
                    e.jobId(),
                    e.startAt(),
                    e.endAt(),
                    e.pauseReason(),
                    e.note(),
                    e.automatic(),
                    e.voided(),
                    edits.getOrDefault(e.id(), List.of()).stream()
                            .map(x -> new TimeEntryEdit(
                                    x.editedBy(),
                                    x.editedAt(),
                                    x.reason(),
                                    new TimeSpan(x.beforeStart(), x.beforeEnd()),
                                    x.voided()))
                            .toList(),
                    e.version()));
        }
        return out;
    }
}
