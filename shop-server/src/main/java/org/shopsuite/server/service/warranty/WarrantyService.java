package org.shopsuite.server.service.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.CoverageOverrideInput;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Page;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.WarrantyAssignInput;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimInput;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.WarrantyReasonCode;
import org.shopsuite.model.WarrantyWindow;
import org.shopsuite.model.event.WarrantyClaimAssigned;
import org.shopsuite.model.event.WarrantyClaimCancelled;
import org.shopsuite.model.event.WarrantyClaimRegistered;
import org.shopsuite.model.event.WarrantyCoverageOverridden;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.customer.CustomerDao;
import org.shopsuite.server.db.warranty.WarrantyDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.receipt.ReceiptService;
import org.shopsuite.server.service.shop.ShopService;
import org.shopsuite.server.service.sublet.SubletService;

/**
 * Warranty comebacks (the apartment-defect origin document): the customer registers a defect of
 * an earlier repair, its coverage is computed from the free re-repair windows, a manager may
 * override it, the re-repair is given to a mechanic as a receipt and job through the usual
 * capacity check (a WARRANTY one is invoiced at no charge), the customer may cancel (the
 * receipt and job are cancelled, the hours come back), and the claim resolves when the job is
 * finished.
 */
public final class WarrantyService {
    private static final int COMPLAINT_MAX = 2000;
    private static final int MAX_KM = 2_000_000;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final ReceiptService receipts;
    private final SubletService sublets;
    private final Times times;

    public WarrantyService(
            Database db,
            EventStore events,
            ShopService shop,
            ReceiptService receipts,
            SubletService sublets,
            Times times) {
        this.sublets = sublets;
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.receipts = receipts;
        this.times = times;
    }

    /** What the windows decide for a repair: the window (null when none applies) and why. */
    public record Decision(Coverage coverage, String reason, Integer days, LocalDate startsOn, LocalDate endsOn) {}

    /**
     * The coverage of a comeback registered on {@code today} of a repair finished on {@code
     * finished} and released on {@code released} (null: never released), the car first
     * registered on {@code firstRegistered} and with {@code km} on the odometer at the repair
     * (either null when not known: that test then does not count). The first window whose age or
     * mileage test the car passed at the repair applies (a window with neither applies to every
     * car); the days count from the release (or the finish), and the last day is covered.
     */
    public static Decision decide(
            List<WarrantyWindow> windows,
            LocalDate finished,
            LocalDate released,
            LocalDate firstRegistered,
            Integer km,
            LocalDate today) {
        LocalDate start = released != null ? released : finished;
        for (WarrantyWindow w : windows) {
            boolean young = w.maxAgeMonths() != null
                    && firstRegistered != null
                    && finished.isBefore(firstRegistered.plusMonths(w.maxAgeMonths()));
            boolean low = w.maxKm() != null && km != null && km <= w.maxKm();
            boolean any = w.maxAgeMonths() == null && w.maxKm() == null;
            if (!(young || low || any)) {
                continue;
            }
            LocalDate ends = start.plusDays(w.days());
            String why = young
                    ? "the car was under " + w.maxAgeMonths() + " months old at the repair"
                    : low ? "the car had run " + km + " km (at most " + w.maxKm() + ") at the repair" : "any car";
            String from = (released != null ? "released on " : "finished on ") + start;
            boolean covered = !today.isAfter(ends);
            return new Decision(
                    covered ? Coverage.WARRANTY : Coverage.BILLABLE,
                    (covered ? "within" : "after") + " the " + w.days() + "-day window (" + why + "): the repair was "
                            + from + ", the window " + (covered ? "ends" : "ended") + " on " + ends,
                    w.days(),
                    start,
                    ends);
        }
        return new Decision(Coverage.BILLABLE, "no warranty window applies to this car", null, start, null);
    }

    public Change<WarrantyClaim> register(Actor actor, WarrantyClaimInput in) {
        Check c = new Check();
        Long original = c.positiveId("originalReceiptId", c.required("originalReceiptId", in.originalReceiptId()));
        String complaint = c.longText("complaint", in.complaint(), COMPLAINT_MAX, true);
        Integer km = c.wholeNumber("mileageKm", in.mileageKm(), 0, MAX_KM, true);
        c.done();
        return tx -> {
            WarrantyDao dao = tx.warranty();
            WarrantyDao.Repair repair = dao.repair(original)
                    .orElseThrow(() -> ApiException.invalid(
                            "originalReceiptId", ErrorCode.NOT_FOUND, "receipt " + original + " does not exist"));
            if (!ReceiptStatus.COMPLETED.name().equals(repair.status()) || repair.finishedAt() == null) {
                throw ApiException.conflict(
                        "originalReceiptId",
                        ErrorCode.INVALID_STATE,
                        "receipt " + original + " is " + repair.status() + ": a comeback is of finished work");
            }
            if (repair.vehicleId() == null || repair.customerId() == null) {
                throw ApiException.conflict(
                        "originalReceiptId",
                        ErrorCode.INVALID_STATE,
                        "receipt " + original + " has no customer and vehicle records to register a claim against");
            }
            if (repair.mileageKm() != null && km < repair.mileageKm()) {
                throw ApiException.invalid(
                        "mileageKm",
                        ErrorCode.OUT_OF_RANGE,
                        "must be at least the " + repair.mileageKm() + " km read at the repair",
                        Map.of("min", repair.mileageKm(), "max", MAX_KM));
            }
            ZoneId zone = shop.zone();
            Decision d = decide(
                    ShopService.warrantyWindows(shop.row()),
                    LocalDate.ofInstant(repair.finishedAt(), zone),
                    repair.releasedAt() == null ? null : LocalDate.ofInstant(repair.releasedAt(), zone),
                    repair.firstRegisteredOn(),
                    repair.mileageKm(),
                    shop.today());
            Instant now = times.now();
            long id = dao.insert(new WarrantyDao.New(
                    original,
                    repair.vehicleId(),
                    repair.customerId(),
                    complaint,
                    km,
                    d.coverage(),
                    d.reason(),
                    d.days(),
                    d.startsOn(),
                    d.endsOn(),
                    actor.username(),
                    now));
            events.append(
                    tx,
                    actor,
                    original,
                    null,
                    new WarrantyClaimRegistered(
                            id,
                            original,
                            repair.vehicleId(),
                            repair.customerId(),
                            complaint,
                            km,
                            d.coverage(),
                            d.reason(),
                            d.endsOn()));
            return toApi(find(tx, id));
        };
    }

    public WarrantyClaim get(long id) {
        return db.read(tx -> toApi(find(tx, id)));
    }

    public Page<WarrantyClaim> list(WarrantyClaimStatus status, Long vehicleId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> Pages.of(
                tx.warranty().list(status, vehicleId, before, limit + 1),
                limit,
                WarrantyDao.Row::id,
                WarrantyService::toApi));
    }

    /** A manager's coverage decision, with the reason (an event: the audit trail keeps both). */
    public Change<WarrantyClaim> override(Actor actor, long id, CoverageOverrideInput in) {
        Check c = new Check();
        Coverage coverage = c.required("coverage", in.coverage());
        String reason = c.longText("reason", in.reason(), 500, true);
        c.done();
        return tx -> {
            WarrantyDao.Row r = find(tx, id);
            if (r.status() == WarrantyClaimStatus.RESOLVED || r.status() == WarrantyClaimStatus.CANCELLED) {
                throw ApiException.conflict("coverage", ErrorCode.INVALID_STATE, "claim " + id + " is " + r.status());
            }
            tx.warranty().override(id, r.version(), coverage, actor.username(), reason, times.now());
            events.append(
                    tx,
                    actor,
                    r.receiptId(),
                    r.jobId(),
                    new WarrantyCoverageOverridden(id, r.coverage(), coverage, reason));
            return toApi(find(tx, id));
        };
    }

    /**
     * Gives the re-repair to a mechanic: a receipt and job on {@code date} (today unless given)
     * for {@code estimatedHours}, through the receipts' capacity check. A rejected receipt is
     * stored as receipts are, kept on the claim ({@code rejectedReceiptId}), and the claim stays
     * REGISTERED. Or to a contractor ({@code supplierId}): a sublet order.
     */
    public Change<WarrantyClaim> assign(Actor actor, long id, WarrantyAssignInput in) {
        Check c = new Check();
        WarrantyReasonCode reasonCode = c.required("reasonCode", in.reasonCode());
        if (in.supplierId() != null && in.mechanicId() != null) {
            c.fail("supplierId", ErrorCode.NOT_ALLOWED_VALUE, "give either mechanicId or supplierId, not both");
        }
        if (in.supplierId() != null) {
            Long supplierId = c.positiveId("supplierId", c.required("supplierId", in.supplierId()));
            Long price = c.money("price", in.price(), false);
            c.done();
            return tx -> {
                WarrantyDao.Row r = assignable(tx, id);
                long order = sublets.orderForClaim(tx, actor, supplierId, r, price, r.originalReceiptId());
                tx.warranty().assignSublet(id, reasonCode, order, times.now());
                events.append(
                        tx,
                        actor,
                        r.originalReceiptId(),
                        null,
                        new WarrantyClaimAssigned(id, null, reasonCode, null, null, r.coverage(), supplierId, order));
                return toApi(find(tx, id));
            };
        }
        Long mechanicId = c.positiveId("mechanicId", c.required("mechanicId", in.mechanicId()));
        BigDecimal hours = in.estimatedHours();
        c.hours("estimatedHours", hours, true, false);
        c.done();
        return tx -> {
            WarrantyDao.Row r = assignable(tx, id);
            String phone = tx.customers().phonesOf(List.of(r.customerId())).stream()
                    .map(CustomerDao.Phone::phone)
                    .findFirst()
                    .orElse(null);
            Receipt receipt = receipts.create(
                            actor,
                            new ReceiptInput(
                                    null,
                                    phone == null ? null : org.shopsuite.model.Phones.display(phone),
                                    null,
                                    null,
                                    mechanicId,
                                    in.date() == null ? shop.today() : in.date(),
                                    hours,
                                    "재정비 (comeback) #" + r.originalReceiptId() + ": " + r.complaint(),
                                    r.customerId(),
                                    r.vehicleId(),
                                    null))
                    .apply(tx);
            Instant now = times.now();
            if (receipt.status() != ReceiptStatus.ACCEPTED) {
                tx.warranty().rejected(id, reasonCode, receipt.id(), now);
                return toApi(find(tx, id));
            }
            tx.warranty().linkReceipt(receipt.id(), id);
            tx.warranty().assign(id, reasonCode, receipt.id(), receipt.jobId(), now);
            events.append(
                    tx,
                    actor,
                    receipt.id(),
                    receipt.jobId(),
                    new WarrantyClaimAssigned(
                            id, mechanicId, reasonCode, receipt.id(), receipt.jobId(), r.coverage(), null, null));
            return toApi(find(tx, id));
        };
    }

    /**
     * The customer cancels: an assigned claim's receipt and job are cancelled in the same
     * transaction (the mechanic's hours come back; refused with 409 once the work has started).
     */
    public Change<WarrantyClaim> cancel(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, 450, true);
        c.done();
        return tx -> {
            WarrantyDao.Row r = find(tx, id);
            if (r.status() != WarrantyClaimStatus.REGISTERED && r.status() != WarrantyClaimStatus.ASSIGNED) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "claim " + id + " is " + r.status() + " and cannot be cancelled");
            }
            if (r.status() == WarrantyClaimStatus.ASSIGNED && r.subletOrderId() != null) {
                sublets.cancel(tx, actor, r.subletOrderId(), "재정비 취소 (comeback cancelled): " + reason);
            } else if (r.status() == WarrantyClaimStatus.ASSIGNED) {
                receipts.cancel(actor, r.receiptId(), "재정비 취소 (comeback cancelled): " + reason)
                        .apply(tx);
            }
            tx.warranty().close(id, WarrantyClaimStatus.CANCELLED, reason, times.now());
            events.append(tx, actor, r.receiptId(), r.jobId(), new WarrantyClaimCancelled(id, reason, r.receiptId()));
            return toApi(find(tx, id));
        };
    }

    private static WarrantyDao.Row assignable(Tx tx, long id) {
        WarrantyDao.Row r = find(tx, id);
        if (r.status() != WarrantyClaimStatus.REGISTERED) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "claim " + id + " is " + r.status() + "; only a REGISTERED one is assigned");
        }
        return r;
    }

    private static WarrantyDao.Row find(Tx tx, long id) {
        return tx.warranty().find(id).orElseThrow(() -> ApiException.notFound("warranty claim", id));
    }

    private static WarrantyClaim toApi(WarrantyDao.Row r) {
        return new WarrantyClaim(
                r.id(),
                r.originalReceiptId(),
                r.vehicleId(),
                r.plate(),
                r.customerId(),
                r.customerName(),
                r.complaint(),
                r.mileageKm(),
                r.status(),
                r.coverage(),
                r.coverageReason(),
                r.windowDays(),
                r.windowStartsOn(),
                r.windowEndsOn(),
                r.overriddenBy(),
                r.overrideReason(),
                r.reasonCode(),
                r.receiptId(),
                r.jobId(),
                r.subletOrderId(),
                r.rejectedReceiptId(),
                r.rejectionReason(),
                r.cancelReason(),
                r.createdBy(),
                r.createdAt(),
                r.version());
    }
}
