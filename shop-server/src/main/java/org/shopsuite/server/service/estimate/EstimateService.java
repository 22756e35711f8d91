package org.shopsuite.server.service.estimate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.CannedLinesInput;
import org.shopsuite.model.Decision;
import org.shopsuite.model.DeclinedWork;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateApproval;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.LineDecision;
import org.shopsuite.model.OverrideInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.RecommendationInput;
import org.shopsuite.model.RecommendedPart;
import org.shopsuite.model.Role;
import org.shopsuite.model.event.EstimateCreated;
import org.shopsuite.model.event.EstimateLineOverridden;
import org.shopsuite.model.event.EstimateLinesApproved;
import org.shopsuite.model.event.EstimateLinesDeclined;
import org.shopsuite.model.event.EstimatePresented;
import org.shopsuite.model.event.EstimateSuperseded;
import org.shopsuite.model.event.EstimateUpdated;
import org.shopsuite.model.event.ManDayDecreased;
import org.shopsuite.model.event.ManDayRestored;
import org.shopsuite.model.event.WorkRecommended;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.estimate.CannedJobDao;
import org.shopsuite.server.db.estimate.EstimateDao;
import org.shopsuite.server.db.estimate.EstimateDao.LineRow;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.db.receipt.ReceiptDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Estimates the customer approves line by line (issue 17): versions of a receipt's quote, each a
 * DRAFT until presented, then frozen; the presented one counts. Approved LABOR hours are booked on
 * the job's day (the capacity definition), in the transaction that records the approval.
 */
public final class EstimateService {
    /** Lines on one estimate: far above any real quote, small enough to keep a write short. */
    static final int MAX_LINES = 200;

    /** Days an estimate is valid for from the day it is presented (printed on it). */
    static final int VALID_DAYS = 30;

    /** Largest quantity on a line (hundredths allowed: litres of oil). */
    private static final long MAX_QUANTITY_CENTI = 1_000_000L;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public EstimateService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    /** A line checked but not yet priced against the catalogue (that needs the transaction). */
    record Draft(
            EstimateLineKind kind,
            String description,
            Long hoursCenti,
            Long rate,
            Long quantityCenti,
            Long unitPrice,
            Long vehiclePartId,
            PartGrade grade) {}

    /** The receipt's presented estimate, if it has one. */
    public java.util.Optional<Estimate> presentedOf(long receiptId) {
        return db.read(tx -> tx.estimates().presented(receiptId).map(e -> toApi(tx, e)));
    }

    public Estimate get(Actor actor, long id) {
        return db.read(tx -> {
            EstimateDao.Row e = find(tx, id);
            mayRead(tx, actor, e);
            return toApi(tx, e);
        });
    }

    /**
     * The presented version of a job's estimate: what the customer was shown and decided (404 when
     * the job's receipt has none). A MECHANIC reads their own jobs' only.
     */
    public Estimate presentedOfJob(Actor actor, long jobId) {
        return db.read(tx -> {
            JobDao.Row job = tx.jobs().find(jobId).orElseThrow(() -> ApiException.notFound("job", jobId));
            if (actor.role() == Role.MECHANIC && job.mechanicId() != actor.mechanicId()) {
                throw ApiException.forbidden("job " + jobId + " is assigned to another mechanic");
            }
            EstimateDao.Row e = tx.estimates()
                    .presented(job.receiptId())
                    .orElseThrow(() -> ApiException.notFound("presented estimate of job", jobId));
            return toApi(tx, e);
        });
    }

    /** A new DRAFT version of the receipt's estimate: the lines given, or a copy of the latest's. */
    public Change<Estimate> create(Actor actor, long receiptId, EstimateInput in) {
        List<Draft> given = in == null || in.lines() == null ? null : check(in.lines());
        return tx -> {
            ReceiptDao.Row r = openReceipt(tx, receiptId);
            EstimateDao dao = tx.estimates();
            ShopDao.Row s = shop.row();
            Instant now = times.now();
            EstimateDao.Row latest = dao.latest(r.id()).orElse(null);
            List<LineRow> lines =
                    given != null ? priced(tx, given, s) : latest == null ? List.of() : copies(dao.lines(latest.id()));
            Totals t = Totals.of(lines, s.taxRateBp());
            int number = latest == null ? 1 : latest.number() + 1;
            long id = insertVersion(tx, actor, r, number, s, t, lines, now);
            // the estimate as written (reading it back costs the one writer three queries)
            List<Long> ids = lines.isEmpty() ? List.of() : dao.lineIds(id);
            List<LineRow> written = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                LineRow l = lines.get(i).at(id, i + 1);
                written.add(new LineRow(
                        ids.get(i),
                        id,
                        i + 1,
                        l.kind(),
                        l.description(),
                        l.hoursCenti(),
                        l.rate(),
                        l.quantityCenti(),
                        l.unitPrice(),
                        l.vehiclePartId(),
                        l.grade(),
                        l.manualPrice(),
                        l.amount(),
                        l.decision(),
                        l.decidedAt(),
                        l.decidedBy(),
                        l.recommendedBy(),
                        l.overrideReason(),
                        l.overriddenBy(),
                        l.overriddenAt()));
            }
            EstimateDao.Row e = new EstimateDao.Row(
                    id,
                    r.id(),
                    number,
                    org.shopsuite.model.EstimateStatus.DRAFT,
                    s.currency(),
                    s.taxRateBp(),
                    t.subtotal,
                    t.tax,
                    t.total,
                    actor.username(),
                    now,
                    null,
                    null,
                    null,
                    now,
                    1);
            return toApi(e, written, List.of());
        };
    }

    /** A draft's lines replaced; a presented version is frozen (a change is a new version). */
    public Change<Estimate> change(Actor actor, long id, long version, EstimateInput in) {
        Check c = new Check();
        c.required("lines", in == null ? null : in.lines());
        c.done();
        List<Draft> given = check(in.lines());
        return tx -> {
            EstimateDao dao = tx.estimates();
            EstimateDao.Row e = find(tx, id);
            if (e.version() != version) {
                throw ApiException.preconditionFailed(e.version());
            }
            requireDraft(e, "changed");
            ReceiptDao.Row r = openReceipt(tx, e.receiptId());
            ShopDao.Row s = shop.row();
            List<LineRow> lines = priced(tx, given, s);
            Totals t = Totals.of(lines, s.taxRateBp());
            Instant now = times.now();
            if (dao.updateDraft(id, version, s.currency(), s.taxRateBp(), t.subtotal, t.tax, t.total, null, now) == 0) {
                throw ApiException.preconditionFailed(e.version());
            }
            dao.deleteLines(id);
            insertLines(dao, id, lines);
            events.append(tx, actor, r.id(), r.jobId(), new EstimateUpdated(id, e.number(), lines.size(), t.total));
            return toApi(tx, find(tx, id));
        };
    }

    /**
     * Gives the draft to the customer: frozen from now on; the version presented before is
     * superseded and its decisions carry over to unchanged lines. The job's approved hours follow
     * (they can only go down here: lines carried over were approved already, new ones are pending).
     */
    public Change<Estimate> present(Actor actor, long id) {
        return tx -> {
            EstimateDao dao = tx.estimates();
            EstimateDao.Row e = find(tx, id);
            requireDraft(e, "presented");
            ReceiptDao.Row r = openReceipt(tx, e.receiptId());
            Instant now = times.now();
            EstimateDao.Row before = dao.presented(r.id()).orElse(null);
            if (before != null) {
                carryOver(dao, id, dao.lines(before.id()), dao.lines(id));
                dao.supersede(before.id(), now);
                events.append(tx, actor, r.id(), r.jobId(), new EstimateSuperseded(before.id(), before.number(), id));
            }
            LocalDate validUntil = shop.today().plusDays(VALID_DAYS);
            dao.present(id, actor.username(), validUntil, now);
            dao.supersedeOlderDrafts(r.id(), e.number(), now);
            long approved = approvedCenti(dao.lines(id));
            rebook(tx, actor, r, approved, now);
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new EstimatePresented(
                            id,
                            e.number(),
                            e.subtotal(),
                            e.tax(),
                            e.total(),
                            before == null ? null : before.id(),
                            Hours.of(approved)));
            return toApi(tx, find(tx, id));
        };
    }

    /**
     * Records the customer's decisions on lines of the presented estimate. Approved LABOR hours are
     * booked on the job's day in this transaction: when the day cannot take them the whole approval
     * is refused (409 naming the hours left) and nothing is written. Declining always works.
     */
    public Change<Estimate> approve(Actor actor, long id, ApprovalInput in) {
        Check c = new Check();
        List<LineDecision> decisions = c.required("decisions", in.decisions());
        c.required("method", in.method());
        String customerName = c.text("customerName", in.customerName(), 100);
        if (customerName == null && !c.failed("customerName")) {
            c.required("customerName", null);
        }
        String note = c.longText("note", in.note(), 500, false);
        Set<Long> seen = new HashSet<>();
        if (decisions != null) {
            if (decisions.isEmpty()) {
                c.fail("decisions", ErrorCode.REQUIRED, "must name at least one line");
            }
            if (decisions.size() > MAX_LINES) {
                c.fail(
                        "decisions",
                        ErrorCode.OUT_OF_RANGE,
                        "at most " + MAX_LINES + " decisions",
                        Map.of("min", 1, "max", MAX_LINES));
            }
            for (int i = 0; i < decisions.size() && i < MAX_LINES; i++) {
                String at = "decisions[" + i + "]";
                LineDecision d = decisions.get(i);
                if (d == null) {
                    c.required(at, null);
                    continue;
                }
                Long lineId = c.required(at + ".lineId", d.lineId());
                Decision decision = c.required(at + ".decision", d.decision());
                if (decision == Decision.PENDING) {
                    c.fail(
                            at + ".decision",
                            ErrorCode.NOT_ALLOWED_VALUE,
                            "must be APPROVED or DECLINED",
                            Map.of("allowed", List.of("APPROVED", "DECLINED")));
                }
                if (lineId != null && !seen.add(lineId)) {
                    c.fail(at + ".lineId", ErrorCode.NOT_UNIQUE, "line " + lineId + " is decided twice");
                }
            }
        }
        c.done();
        return tx -> {
            EstimateDao dao = tx.estimates();
            EstimateDao.Row e = find(tx, id);
            if (e.status() != org.shopsuite.model.EstimateStatus.PRESENTED) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "estimate " + id + " is " + e.status() + "; decisions are recorded on the presented estimate");
            }
            ReceiptDao.Row r = openReceipt(tx, e.receiptId());
            List<LineRow> lines = dao.lines(id);
            Map<Long, LineRow> byId = new HashMap<>();
            lines.forEach(l -> byId.put(l.id(), l));
            for (int i = 0; i < decisions.size(); i++) {
                if (!byId.containsKey(decisions.get(i).lineId())) {
                    throw ApiException.invalid(
                            "decisions[" + i + "].lineId",
                            ErrorCode.NOT_FOUND,
                            "line " + decisions.get(i).lineId() + " is not on estimate " + id);
                }
            }
            Map<Long, Decision> decided = new HashMap<>();
            decisions.forEach(d -> decided.put(d.lineId(), d.decision()));
            long approvedNow = 0;
            List<Long> approvedIds = new ArrayList<>();
            List<Long> declinedIds = new ArrayList<>();
            for (LineRow l : lines) {
                Decision d = decided.getOrDefault(l.id(), l.decision());
                if (d == Decision.APPROVED && l.kind() == EstimateLineKind.LABOR) {
                    approvedNow += l.hoursCenti();
                }
                if (decided.containsKey(l.id())) {
                    (d == Decision.APPROVED ? approvedIds : declinedIds).add(l.id());
                }
            }
            Instant now = times.now();
            rebook(tx, actor, r, approvedNow, now);
            if (!approvedIds.isEmpty()) {
                dao.decideAll(id, approvedIds, Decision.APPROVED, actor.username(), now);
            }
            if (!declinedIds.isEmpty()) {
                dao.decideAll(id, declinedIds, Decision.DECLINED, actor.username(), now);
            }
            dao.insertApproval(
                    id, in.method(), customerName, note, approvedIds.size(), declinedIds.size(), actor.username(), now);
            dao.touch(id, now);
            if (!approvedIds.isEmpty()) {
                events.append(
                        tx,
                        actor,
                        r.id(),
                        r.jobId(),
                        new EstimateLinesApproved(
                                id, List.copyOf(approvedIds), in.method(), customerName, Hours.of(approvedNow)));
            }
            if (!declinedIds.isEmpty()) {
                events.append(
                        tx,
                        actor,
                        r.id(),
                        r.jobId(),
                        new EstimateLinesDeclined(
                                id, List.copyOf(declinedIds), in.method(), customerName, Hours.of(approvedNow)));
            }
            // the estimate as written: its lines with these decisions, read once above
            List<LineRow> after = new ArrayList<>(lines.size());
            for (LineRow l : lines) {
                Decision d = decided.get(l.id());
                after.add(d == null ? l : l.decided(d, actor.username(), now));
            }
            return toApi(e.touched(now), after, dao.approvals(id));
        };
    }

    /** Adds a canned job's lines to the end of a draft, priced as today (201 with the estimate). */
    public Change<Estimate> addCanned(Actor actor, long id, CannedLinesInput in) {
        Check c = new Check();
        Long canned = c.required("cannedJobId", in.cannedJobId());
        c.positiveId("cannedJobId", canned);
        c.done();
        return tx -> {
            EstimateDao dao = tx.estimates();
            EstimateDao.Row e = find(tx, id);
            requireDraft(e, "changed");
            ReceiptDao.Row r = openReceipt(tx, e.receiptId());
            ShopDao.Row s = shop.row();
            List<LineRow> lines = new ArrayList<>(dao.lines(id));
            if (lines.size() + CannedJobService.drafts(tx, canned).size() > MAX_LINES) {
                throw ApiException.invalid(
                        "cannedJobId",
                        ErrorCode.OUT_OF_RANGE,
                        "the estimate would have more than " + MAX_LINES + " lines",
                        Map.of("min", 0, "max", MAX_LINES));
            }
            List<LineRow> added = priced(tx, CannedJobService.drafts(tx, canned), s);
            List<LineRow> rows = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                rows.add(added.get(i).at(id, lines.size() + i + 1));
            }
            if (!rows.isEmpty()) {
                dao.insertLines(rows);
            }
            lines.addAll(rows);
            Totals t = Totals.of(lines, s.taxRateBp());
            Instant now = times.now();
            dao.updateDraft(id, e.version(), s.currency(), s.taxRateBp(), t.subtotal, t.tax, t.total, null, now);
            events.append(tx, actor, r.id(), r.jobId(), new EstimateUpdated(id, e.number(), lines.size(), t.total));
            return toApi(tx, find(tx, id));
        };
    }

    /**
     * Work the job's mechanic found: a new version, presented at once, with the presented version's
     * lines and decisions and the recommended lines pending (201 with it). Without an estimate
     * before, the new version has the recommended lines only.
     */
    public Change<Estimate> recommend(Actor actor, long jobId, RecommendationInput in) {
        Check c = new Check();
        String description = c.text("description", in.description(), 200);
        Long hours = c.hours("hours", in.hours(), false, false);
        List<RecommendedPart> parts = in.parts() == null ? List.of() : in.parts();
        if (parts.size() > 20) {
            c.fail("parts", ErrorCode.OUT_OF_RANGE, "at most 20 parts", Map.of("min", 0, "max", 20));
        }
        for (int i = 0; i < parts.size() && i < 20; i++) {
            RecommendedPart p = parts.get(i);
            if (p == null) {
                c.required("parts[" + i + "]", null);
                continue;
            }
            c.positiveId(
                    "parts[" + i + "].vehiclePartId", c.required("parts[" + i + "].vehiclePartId", p.vehiclePartId()));
            c.wholeNumber("parts[" + i + "].quantity", p.quantity(), 1, 1000, true);
        }
        if (hours == null && parts.isEmpty() && !c.failed("hours")) {
            c.fail("hours", ErrorCode.REQUIRED, "hours or parts are required");
        }
        c.done();
        return tx -> {
            JobDao.Row job = tx.jobs().find(jobId).orElseThrow(() -> ApiException.notFound("job", jobId));
            if (actor.role() == Role.MECHANIC && job.mechanicId() != actor.mechanicId()) {
                throw ApiException.forbidden("job " + jobId + " is assigned to another mechanic");
            }
            ReceiptDao.Row r = openReceipt(tx, job.receiptId());
            EstimateDao dao = tx.estimates();
            ShopDao.Row s = shop.row();
            EstimateDao.Row latest = dao.latest(r.id()).orElse(null);
            EstimateDao.Row before = dao.presented(r.id()).orElse(null);
            List<LineRow> lines = new ArrayList<>();
            if (before != null) {
                for (LineRow l : dao.lines(before.id())) {
                    lines.add(l.at(0, 0)); // kept with its decision, as the customer gave it
                }
            }
            List<Draft> drafts = new ArrayList<>();
            if (hours != null) {
                drafts.add(new Draft(EstimateLineKind.LABOR, description, hours, null, null, null, null, null));
            }
            for (RecommendedPart p : parts) {
                drafts.add(new Draft(
                        EstimateLineKind.PART,
                        null,
                        null,
                        null,
                        p.quantity() * 100L,
                        null,
                        p.vehiclePartId(),
                        PartGrade.NEW));
            }
            for (int i = 0; i < parts.size(); i++) {
                long part = parts.get(i).vehiclePartId();
                if (tx.parts()
                        .find(part, org.shopsuite.server.service.Actor.FIRST_LOCATION)
                        .isEmpty()) {
                    throw ApiException.invalid(
                            "parts[" + i + "].vehiclePartId",
                            ErrorCode.NOT_FOUND,
                            "vehicle part " + part + " does not exist");
                }
            }
            for (LineRow l : priced(tx, drafts, s)) {
                lines.add(withRecommender(l, actor.username()));
            }
            Totals t = Totals.of(lines, s.taxRateBp());
            int number = latest == null ? 1 : latest.number() + 1;
            Instant now = times.now();
            long id = insertVersion(tx, actor, r, number, s, t, lines, now);
            if (before != null) {
                dao.supersede(before.id(), now);
                events.append(tx, actor, r.id(), r.jobId(), new EstimateSuperseded(before.id(), before.number(), id));
            }
            dao.present(id, actor.username(), shop.today().plusDays(VALID_DAYS), now);
            dao.supersedeOlderDrafts(r.id(), number, now);
            long approved = approvedCenti(dao.lines(id));
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new EstimatePresented(
                            id,
                            number,
                            t.subtotal,
                            t.tax,
                            t.total,
                            before == null ? null : before.id(),
                            Hours.of(approved)));
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new WorkRecommended(
                            id,
                            number,
                            description,
                            hours == null ? null : Hours.of(hours),
                            parts.size(),
                            actor.username()));
            return toApi(tx, find(tx, id));
        };
    }

    /**
     * A manager's correction of an approved line of the presented estimate before the job is
     * finished: hours, rate or unit price, with the reason (audited; corrections after the invoice go
     * through void and reissue). More approved hours must fit the mechanic's day.
     */
    public Change<Estimate> override(Actor actor, long id, long lineId, OverrideInput in) {
        Check c = new Check();
        Long hours = c.hours("hours", in.hours(), false, false);
        Long rate = c.money("rate", in.rate(), false);
        Long unitPrice = c.money("unitPrice", in.unitPrice(), false);
        String reason = c.longText("reason", in.reason(), 500, true);
        if (hours == null
                && rate == null
                && unitPrice == null
                && !c.failed("hours")
                && !c.failed("rate")
                && !c.failed("unitPrice")) {
            c.fail("hours", ErrorCode.REQUIRED, "hours, rate or unitPrice is required");
        }
        c.done();
        return tx -> {
            EstimateDao dao = tx.estimates();
            EstimateDao.Row e = find(tx, id);
            if (e.status() != org.shopsuite.model.EstimateStatus.PRESENTED) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "estimate " + id + " is " + e.status() + "; only the presented"
                                + " estimate's approved lines are corrected");
            }
            ReceiptDao.Row r = openReceipt(tx, e.receiptId());
            List<LineRow> lines = dao.lines(id);
            LineRow l = lines.stream()
                    .filter(x -> x.id() == lineId)
                    .findFirst()
                    .orElseThrow(() -> ApiException.notFound("estimate line", lineId));
            if (l.decision() != Decision.APPROVED) {
                throw ApiException.conflict(
                        "lineId",
                        ErrorCode.INVALID_STATE,
                        "line " + lineId + " is " + l.decision() + "; only an" + " approved line is corrected");
            }
            boolean labor = l.kind() == EstimateLineKind.LABOR;
            if (labor && unitPrice != null) {
                throw ApiException.invalid("unitPrice", ErrorCode.UNKNOWN_FIELD, "is not part of a LABOR line");
            }
            if (!labor && (hours != null || rate != null)) {
                throw ApiException.invalid(
                        hours != null ? "hours" : "rate",
                        ErrorCode.UNKNOWN_FIELD,
                        "is not part of a " + l.kind() + " line");
            }
            Long newHours = labor ? (hours == null ? l.hoursCenti() : hours) : null;
            Long newRate = labor ? (rate == null ? l.rate() : rate) : null;
            Long newPrice = labor ? null : (unitPrice == null ? l.unitPrice() : unitPrice);
            long amount = labor ? amount("amount", newHours, newRate) : amount("amount", l.quantityCenti(), newPrice);
            Instant now = times.now();
            if (labor && !newHours.equals(l.hoursCenti())) {
                rebook(tx, actor, r, approvedCenti(lines) - l.hoursCenti() + newHours, now);
            }
            dao.override(id, lineId, newHours, newRate, newPrice, amount, reason, actor.username(), now);
            Totals t = Totals.of(dao.lines(id), e.taxRateBp());
            dao.retotal(id, t.subtotal, t.tax, t.total, now);
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new EstimateLineOverridden(
                            id,
                            lineId,
                            l.hoursCenti() == null ? null : Hours.of(l.hoursCenti()),
                            newHours == null ? null : Hours.of(newHours),
                            l.rate(),
                            newRate,
                            l.unitPrice(),
                            newPrice,
                            l.amount(),
                            amount,
                            reason));
            return toApi(tx, find(tx, id));
        };
    }

    /** The car's declined work from earlier visits, newest first, for follow-up. */
    public Page<DeclinedWork> declinedWork(Actor actor, long vehicleId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            if (tx.vehicles().knownById(vehicleId).isEmpty()) {
                throw ApiException.notFound("vehicle", vehicleId);
            }
            List<EstimateDao.DeclinedRow> rows = tx.estimates().declined(vehicleId, before, limit + 1);
            return Pages.of(
                    rows,
                    limit,
                    EstimateDao.DeclinedRow::lineId,
                    d -> new DeclinedWork(
                            d.receiptId(),
                            d.estimateId(),
                            d.lineId(),
                            d.decidedAt(),
                            d.kind(),
                            d.description(),
                            d.hoursCenti() == null ? null : Hours.of(d.hoursCenti()),
                            d.quantityCenti() == null ? null : Hours.of(d.quantityCenti()),
                            d.unitPrice(),
                            d.amount(),
                            d.vehiclePartId(),
                            d.grade()));
        });
    }

    private static LineRow withRecommender(LineRow l, String by) {
        return new LineRow(
                0,
                0,
                0,
                l.kind(),
                l.description(),
                l.hoursCenti(),
                l.rate(),
                l.quantityCenti(),
                l.unitPrice(),
                l.vehiclePartId(),
                l.grade(),
                l.manualPrice(),
                l.amount(),
                Decision.PENDING,
                null,
                null,
                by,
                null,
                null,
                null);
    }

    /**
     * Whether the receipt's job may start: a receipt with a presented estimate needs at least one
     * approved line first (409 otherwise); one without behaves as before.
     */
    public static void requireApprovedWork(Tx tx, long receiptId) {
        EstimateDao dao = tx.estimates();
        dao.presented(receiptId).ifPresent(e -> {
            if (dao.lines(e.id()).stream().noneMatch(l -> l.decision() == Decision.APPROVED)) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "receipt " + receiptId + " has an estimate (version " + e.number()
                                + ") with no approved line; record the customer's approval first");
            }
        });
    }

    /**
     * Books the job's approved hours at {@code approved}: more needs room on the day (409 naming what
     * is left, nothing written); fewer gives hours back.
     */
    private void rebook(WriteTx tx, Actor actor, ReceiptDao.Row r, long approved, Instant now) {
        long before = r.bookedCenti() - r.estimatedCenti();
        long delta = approved - before;
        if (delta == 0 || r.jobId() == null) {
            return;
        }
        MechanicDao mechanics = tx.mechanics();
        if (delta > 0) {
            MechanicDao.Row m = mechanics.find(r.mechanicId()).orElseThrow();
            long booked = mechanics.bookedCenti(m.id(), r.requestDate());
            long remaining = m.dailyCapacityCenti() - booked;
            if (delta > remaining) {
                throw ApiException.conflict(
                        "decisions",
                        ErrorCode.INVALID_STATE,
                        m.name() + " has " + Hours.of(Math.max(0, remaining)).toPlainString() + " h left on "
                                + r.requestDate() + "; the approval asks "
                                + Hours.of(delta).toPlainString() + " h more",
                        Map.of(
                                "remainingHours", Hours.of(Math.max(0, remaining)),
                                "requestedHours", Hours.of(delta)));
            }
            tx.jobs().setApproved(r.jobId(), approved, now);
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new ManDayDecreased(
                            m.id(),
                            r.requestDate(),
                            Hours.of(delta),
                            Hours.of(booked + delta),
                            Hours.of(remaining - delta),
                            "ESTIMATE"));
        } else {
            tx.jobs().setApproved(r.jobId(), approved, now);
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new ManDayRestored(r.mechanicId(), r.requestDate(), Hours.of(-delta), "ESTIMATE"));
        }
    }

    /** A new version's row and lines, and its EstimateCreated event. */
    private long insertVersion(
            WriteTx tx,
            Actor actor,
            ReceiptDao.Row r,
            int number,
            ShopDao.Row s,
            Totals t,
            List<LineRow> lines,
            Instant now) {
        EstimateDao dao = tx.estimates();
        long id = dao.insert(
                r.id(), number, s.currency(), s.taxRateBp(), t.subtotal, t.tax, t.total, null, actor.username(), now);
        insertLines(dao, id, lines);
        events.append(tx, actor, r.id(), r.jobId(), new EstimateCreated(id, number, lines.size(), t.total));
        return id;
    }

    /** Decisions taken on the superseded version, given to the new version's unchanged lines. */
    private static void carryOver(EstimateDao dao, long estimateId, List<LineRow> before, List<LineRow> now) {
        List<LineRow> open = new ArrayList<>(before);
        for (LineRow l : now) {
            for (int i = 0; i < open.size(); i++) {
                LineRow b = open.get(i);
                if (sameWork(b, l)) {
                    open.remove(i);
                    if (b.decision() != Decision.PENDING) {
                        dao.carry(estimateId, l.id(), b.decision(), b.decidedBy(), b.decidedAt());
                    }
                    break;
                }
            }
        }
    }

    /** The same work at the same price: kind, description, hours and rate, or part, quantity and price. */
    static boolean sameWork(LineRow a, LineRow b) {
        return a.kind() == b.kind()
                && Objects.equals(a.description(), b.description())
                && Objects.equals(a.hoursCenti(), b.hoursCenti())
                && Objects.equals(a.rate(), b.rate())
                && Objects.equals(a.vehiclePartId(), b.vehiclePartId())
                && Objects.equals(a.quantityCenti(), b.quantityCenti())
                && Objects.equals(a.unitPrice(), b.unitPrice())
                && Objects.equals(a.grade(), b.grade());
    }

    private static long approvedCenti(List<LineRow> lines) {
        long sum = 0;
        for (LineRow l : lines) {
            if (l.kind() == EstimateLineKind.LABOR && l.decision() == Decision.APPROVED) {
                sum += l.hoursCenti();
            }
        }
        return sum;
    }

    private static List<LineRow> copies(List<LineRow> lines) {
        List<LineRow> out = new ArrayList<>(lines.size());
        for (LineRow l : lines) {
            out.add(new LineRow(
                    0,
                    0,
                    0,
                    l.kind(),
                    l.description(),
                    l.hoursCenti(),
                    l.rate(),
                    l.quantityCenti(),
                    l.unitPrice(),
                    l.vehiclePartId(),
                    l.grade(),
                    l.manualPrice(),
                    l.amount(),
                    Decision.PENDING,
                    null,
                    null,
                    l.recommendedBy(),
                    null,
                    null,
                    null));
        }
        return out;
    }

    private static void insertLines(EstimateDao dao, long estimateId, List<LineRow> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<LineRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(lines.get(i).at(estimateId, i + 1));
        }
        dao.insertLines(rows);
    }

    /** The lines checked field by field ({@code lines[i].field}); the whole body refused on any error. */
    static List<Draft> check(List<EstimateLineInput> in) {
        Check c = new Check();
        if (in.size() > MAX_LINES) {
            c.fail(
                    "lines",
                    ErrorCode.OUT_OF_RANGE,
                    "at most " + MAX_LINES + " lines",
                    Map.of("min", 0, "max", MAX_LINES));
            c.done();
        }
        List<Draft> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            String at = "lines[" + i + "]";
            EstimateLineInput l = in.get(i);
            if (l == null) {
                c.required(at, null);
                continue;
            }
            EstimateLineKind kind = c.required(at + ".kind", l.kind());
            String description = c.optionalText(at + ".description", l.description(), 200);
            c.positiveId(at + ".vehiclePartId", l.vehiclePartId());
            Long rate = c.money(at + ".rate", l.rate(), false);
            Long unitPrice = c.money(at + ".unitPrice", l.unitPrice(), false);
            if (kind == null) {
                continue;
            }
            if (kind == EstimateLineKind.LABOR) {
                Long hours = c.hours(at + ".hours", l.hours(), true, false);
                notFor(c, at, "quantity", l.quantity(), kind);
                notFor(c, at, "unitPrice", l.unitPrice(), kind);
                notFor(c, at, "vehiclePartId", l.vehiclePartId(), kind);
                notFor(c, at, "grade", l.grade(), kind);
                if (description == null && !c.failed(at + ".description")) {
                    c.required(at + ".description", null);
                }
                out.add(new Draft(kind, description, hours, rate, null, null, null, null));
                continue;
            }
            notFor(c, at, "hours", l.hours(), kind);
            notFor(c, at, "rate", l.rate(), kind);
            Long quantity = quantity(c, at + ".quantity", l.quantity());
            if (kind != EstimateLineKind.PART) {
                notFor(c, at, "vehiclePartId", l.vehiclePartId(), kind);
                notFor(c, at, "grade", l.grade(), kind);
                if (description == null && !c.failed(at + ".description")) {
                    c.required(at + ".description", null);
                }
                if (unitPrice == null && !c.failed(at + ".unitPrice")) {
                    c.required(at + ".unitPrice", null);
                }
            } else if (l.vehiclePartId() == null) {
                // a part from outside the catalogue: named and priced by hand
                if (description == null && !c.failed(at + ".description")) {
                    c.required(at + ".description", null);
                }
                if (unitPrice == null && !c.failed(at + ".unitPrice")) {
                    c.required(at + ".unitPrice", null);
                }
            }
            out.add(new Draft(
                    kind,
                    description,
                    null,
                    null,
                    quantity,
                    unitPrice,
                    l.vehiclePartId(),
                    kind == EstimateLineKind.PART && l.grade() == null ? PartGrade.NEW : l.grade()));
        }
        c.done();
        return out;
    }

    private static void notFor(Check c, String at, String field, Object value, EstimateLineKind kind) {
        if (value != null) {
            c.fail(at + "." + field, ErrorCode.UNKNOWN_FIELD, "is not part of a " + kind + " line");
        }
    }

    /** A quantity with at most two decimals in (0, 10000]; 1 when omitted. */
    private static Long quantity(Check c, String field, BigDecimal value) {
        if (value == null) {
            return 100L;
        }
        if (!c.decimals(field, value, 2)) {
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX_QUANTITY_CENTI / 100)) > 0) {
            c.fail(
                    field,
                    ErrorCode.OUT_OF_RANGE,
                    "must be more than 0 and at most " + MAX_QUANTITY_CENTI / 100,
                    Map.of("min", 0.01, "max", MAX_QUANTITY_CENTI / 100));
            return null;
        }
        return Hours.toCenti(value);
    }

    /** Lines priced: labour at the shop's rate unless one is given, catalogue parts at their price. */
    static List<LineRow> priced(Tx tx, List<Draft> drafts, ShopDao.Row s) {
        List<LineRow> out = new ArrayList<>(drafts.size());
        // the catalogue parts of every line in one statement
        Map<Long, PartDao.Row> catalogue = new HashMap<>();
        List<Long> wanted = drafts.stream()
                .map(Draft::vehiclePartId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!wanted.isEmpty()) {
            // prices are the chain's: any location's row will do
            tx.parts()
                    .findAll(wanted, org.shopsuite.server.service.Actor.FIRST_LOCATION)
                    .forEach(p -> catalogue.put(p.id(), p));
        }
        List<CannedJobDao.BandRow> bands = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.kind() == EstimateLineKind.LABOR) {
                long rate = d.rate() == null ? s.laborRatePerHour() : d.rate();
                out.add(line(
                        d,
                        d.description(),
                        d.hoursCenti(),
                        rate,
                        null,
                        null,
                        d.rate() != null,
                        amount("lines[" + i + "]", d.hoursCenti(), rate)));
                continue;
            }
            String description = d.description();
            Long unitPrice = d.unitPrice();
            if (d.vehiclePartId() != null) {
                int at = i;
                PartDao.Row p = java.util.Optional.ofNullable(catalogue.get(d.vehiclePartId()))
                        .orElseThrow(() -> ApiException.invalid(
                                "lines[" + at + "].vehiclePartId",
                                ErrorCode.NOT_FOUND,
                                "vehicle part " + d.vehiclePartId() + " does not exist"));
                description = description == null ? p.partName() : description;
                if (unitPrice == null) {
                    bands = bands == null ? tx.cannedJobs().bands() : bands;
                    unitPrice = PartsPricingService.price(bands, p.costPrice(), p.partPrice());
                }
            }
            out.add(line(
                    d,
                    description,
                    null,
                    null,
                    d.quantityCenti(),
                    unitPrice,
                    d.unitPrice() != null,
                    amount("lines[" + i + "]", d.quantityCenti(), unitPrice)));
        }
        return out;
    }

    private static LineRow line(
            Draft d,
            String description,
            Long hours,
            Long rate,
            Long quantity,
            Long unitPrice,
            boolean manual,
            long amount) {
        return new LineRow(
                0,
                0,
                0,
                d.kind(),
                description,
                hours,
                rate,
                quantity,
                unitPrice,
                d.vehiclePartId(),
                d.grade(),
                manual,
                amount,
                Decision.PENDING,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static long amount(String at, long centi, long price) {
        long amount = Money.times(centi, price);
        if (amount > Money.MAX) {
            throw ApiException.invalid(
                    at + ".amount",
                    ErrorCode.OUT_OF_RANGE,
                    "comes to more than " + Money.MAX,
                    Map.of("min", 0, "max", Money.MAX));
        }
        return amount;
    }

    /** Subtotal, tax and total as invoices have them: tax on the subtotal, half-up once. */
    private record Totals(long subtotal, long tax, long total) {
        static Totals of(List<LineRow> lines, long taxRateBp) {
            long subtotal = 0;
            for (LineRow l : lines) {
                subtotal += l.amount();
            }
            long tax = Money.percent(subtotal, taxRateBp);
            return new Totals(subtotal, tax, subtotal + tax);
        }
    }

    private static EstimateDao.Row find(Tx tx, long id) {
        return tx.estimates().find(id).orElseThrow(() -> ApiException.notFound("estimate", id));
    }

    private static void requireDraft(EstimateDao.Row e, String what) {
        if (e.status() != org.shopsuite.model.EstimateStatus.DRAFT) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "estimate " + e.id() + " is " + e.status() + "; only a draft can be " + what
                            + " (create a new version: POST /receipts/" + e.receiptId() + "/estimates)");
        }
    }

    /** The receipt, accepted and with its job not finished or cancelled: only then is there work to quote. */
    private static ReceiptDao.Row openReceipt(Tx tx, long receiptId) {
        ReceiptDao.Row r =
                tx.receipts().findForWork(receiptId).orElseThrow(() -> ApiException.notFound("receipt", receiptId));
        if (r.status() != ReceiptStatus.ACCEPTED
                || (r.jobStatus() != JobStatus.WAITING && r.jobStatus() != JobStatus.IN_PROGRESS)) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "receipt " + receiptId + " is " + r.status()
                            + (r.jobStatus() == null ? "" : " (job " + r.jobStatus() + ")")
                            + "; estimates are made for a receipt whose job is not finished");
        }
        return r;
    }

    /** A mechanic reads the estimate of their own job only. */
    private static void mayRead(Tx tx, Actor actor, EstimateDao.Row e) {
        if (actor.role() != Role.MECHANIC) {
            return;
        }
        ReceiptDao.Row r = tx.receipts().find(e.receiptId()).orElseThrow();
        if (r.jobId() == null || r.mechanicId() != actor.mechanicId()) {
            throw ApiException.forbidden("estimate " + e.id() + " is for another mechanic's job");
        }
    }

    private static Estimate toApi(Tx tx, EstimateDao.Row e) {
        EstimateDao dao = tx.estimates();
        return toApi(e, dao.lines(e.id()), dao.approvals(e.id()));
    }

    private static Estimate toApi(EstimateDao.Row e, List<LineRow> rows, List<EstimateDao.ApprovalRow> approvalRows) {
        List<EstimateLine> lines = new ArrayList<>(rows.size());
        for (LineRow l : rows) {
            lines.add(new EstimateLine(
                    l.id(),
                    l.kind(),
                    l.description(),
                    l.hoursCenti() == null ? null : Hours.of(l.hoursCenti()),
                    l.rate(),
                    l.quantityCenti() == null ? null : Hours.of(l.quantityCenti()),
                    l.unitPrice(),
                    l.vehiclePartId(),
                    l.grade(),
                    l.amount(),
                    l.decision(),
                    l.decidedAt(),
                    l.decidedBy(),
                    l.recommendedBy(),
                    l.overrideReason()));
        }
        List<EstimateApproval> approvals = approvalRows.stream()
                .map(a -> new EstimateApproval(
                        a.id(),
                        a.method(),
                        a.customerName(),
                        a.note(),
                        a.approved(),
                        a.declined(),
                        a.recordedBy(),
                        a.recordedAt()))
                .toList();
        return new Estimate(
                e.id(),
                e.receiptId(),
                e.number(),
                e.status(),
                List.copyOf(lines),
                e.currency(),
                BigDecimal.valueOf(e.taxRateBp(), 2).stripTrailingZeros(),
                e.subtotal(),
                e.tax(),
                e.total(),
                Hours.of(approvedCenti(rows)),
                approvals,
                e.createdBy(),
                e.createdAt(),
                e.presentedBy(),
                e.presentedAt(),
                e.validUntil(),
                e.version());
    }
}
