package org.shopsuite.server.service.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.EstimateSummary;
import org.shopsuite.model.Event;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Json;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.Phones;
import org.shopsuite.model.Plates;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Vehicle;
import org.shopsuite.model.Warning;
import org.shopsuite.model.WarningCode;
import org.shopsuite.model.event.JobCancelled;
import org.shopsuite.model.event.JobCreated;
import org.shopsuite.model.event.ManDayDecreased;
import org.shopsuite.model.event.ManDayOver;
import org.shopsuite.model.event.ManDayRestored;
import org.shopsuite.model.event.PartReturned;
import org.shopsuite.model.event.ReceiptCancelled;
import org.shopsuite.model.event.ReceiptChanged;
import org.shopsuite.model.event.ReceiptRejected;
import org.shopsuite.model.event.RepairRequested;
import org.shopsuite.model.event.VehicleReleased;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.db.receipt.ReceiptDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Text;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.invoice.InvoiceService;
import org.shopsuite.server.service.part.PartService;
import org.shopsuite.server.service.schedule.ScheduleService;
import org.shopsuite.server.service.shop.ShopService;
import org.shopsuite.server.service.vehicle.VehicleService;

/**
 * The front counter: a request for repair is accepted (booking the mechanic's hours and creating a
 * job) or rejected when the mechanic's day is full, in one transaction. Cancelling compensates:
 * hours come back and issued parts return to stock.
 */
public final class ReceiptService {
    /** The rejection reason when the named mechanic has no hours left that day. */
    public static final String MECHANIC_CAPACITY = "MECHANIC_CAPACITY";

    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private static final ObjectMapper JSON = Json.newMapper();

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final PartService parts;
    private final InvoiceService invoices;
    private final VehicleService vehicles;
    private final Times times;

    private final org.shopsuite.server.service.sublet.SubletService sublets;

    public ReceiptService(
            Database db,
            EventStore events,
            ShopService shop,
            PartService parts,
            InvoiceService invoices,
            VehicleService vehicles,
            org.shopsuite.server.service.sublet.SubletService sublets,
            Times times) {
        this.sublets = sublets;
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.parts = parts;
        this.invoices = invoices;
        this.vehicles = vehicles;
        this.times = times;
    }

    public Change<Receipt> create(Actor actor, ReceiptInput in) {
        Check c = new Check();
        // The typed name and car number may be left out when the records are named by id.
        String name = in.customerName() == null && (in.customerId() != null || in.vehicleId() != null)
                ? null
                : c.text("customerName", in.customerName(), 100);
        String phone = c.phone("customerPhone", in.customerPhone());
        String carId = in.carId() == null && in.vehicleId() != null ? null : c.carId("carId", in.carId());
        c.positiveId("customerId", in.customerId());
        c.positiveId("vehicleId", in.vehicleId());
        Vehicle vehicle = vehicle(c, in.vehicle());
        Long mechanicId = c.required("mechanicId", in.mechanicId());
        LocalDate today = shop.today(actor.locationId()); // the day where the receipt is taken
        LocalDate date = in.requestDate() == null ? today : in.requestDate();
        if (date.isBefore(today.minusDays(31)) || date.isAfter(today.plusDays(365))) {
            c.fail(
                    "requestDate",
                    ErrorCode.OUT_OF_RANGE,
                    "must be within the last 31 days or the next 365",
                    Map.of("minDaysBefore", 31, "maxDaysAfter", 365));
        }
        Long estimate = c.hours("estimatedHours", in.estimatedHours(), true, false);
        String request = c.longText("request", in.request(), 2000, true);
        Instant promisedAt = promisedAt(c, in.promisedAt());
        c.done();
        // normalised here, before the write, not in it
        VehicleService.Sighting sighting = new VehicleService.Sighting(
                in.customerId(),
                in.vehicleId(),
                name,
                phone,
                carId,
                vehicle.vin(),
                vehicle.make(),
                vehicle.model(),
                vehicle.year(),
                vehicle.mileageKm(),
                in.requestDate(),
                carId == null ? null : Plates.of(carId),
                Phones.digits(phone));
        return tx -> {
            MechanicDao mechanics = tx.mechanics();
            MechanicDao.Row m = mechanics
                    .find(mechanicId)
                    .orElseThrow(() -> ApiException.invalid(
                            "mechanicId", ErrorCode.NOT_FOUND, "mechanic " + mechanicId + " does not exist"));
            if (!m.active()) {
                throw ApiException.conflict(
                        "mechanicId", ErrorCode.INVALID_STATE, "mechanic " + m.name() + " is not active");
            }
            VehicleService.Link link = vehicles.link(tx, actor, sighting);
            String typedName = name != null ? name : link.customerName() != null ? link.customerName() : "-";
            String typedCar = carId != null ? carId : link.plate();
            // a closed day or the mechanic's day off is a rejection of its own, before the hours
            MechanicDao.Day day =
                    mechanics.day(m.id(), date, date.getDayOfWeek().getValue(), actor.locationId());
            String closed =
                    day.shopClosed() ? ScheduleService.SHOP_CLOSED : day.dayOff() ? ScheduleService.MECHANIC_OFF : null;
            long booked = closed != null ? 0 : day.bookedCenti();
            long remaining = m.dailyCapacityCenti() - booked;
            boolean fits = closed == null && estimate <= remaining;
            String rejection = fits ? null : closed != null ? closed : MECHANIC_CAPACITY;
            Instant now = times.now();
            long id = tx.receipts()
                    .insert(new ReceiptDao.New(
                            typedName,
                            phone,
                            typedCar,
                            vehicle.vin(),
                            vehicle.make(),
                            vehicle.model(),
                            vehicle.year(),
                            vehicle.mileageKm(),
                            m.id(),
                            date,
                            estimate,
                            request,
                            fits ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED,
                            rejection,
                            actor.username(),
                            now,
                            link.customerId(),
                            link.vehicleId(),
                            fits,
                            warningsJson(link.warnings()),
                            promisedAt,
                            actor.locationId()));
            events.append(
                    tx,
                    actor,
                    id,
                    null,
                    new RepairRequested(
                            typedName,
                            phone,
                            typedCar,
                            m.id(),
                            m.name(),
                            date,
                            Hours.of(estimate),
                            request,
                            fits ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED,
                            link.customerId(),
                            link.vehicleId(),
                            actor.locationId()));
            vehicles.recordMileage(tx, actor, id, link, vehicle.mileageKm());
            Long jobId = null;
            if (fits) {
                jobId = tx.jobs().insert(id, m.id(), date, estimate, now);
                events.append(
                        tx,
                        actor,
                        id,
                        jobId,
                        new ManDayDecreased(
                                m.id(),
                                date,
                                Hours.of(estimate),
                                Hours.of(booked + estimate),
                                Hours.of(remaining - estimate),
                                "RECEIPT"));
                events.append(
                        tx,
                        actor,
                        id,
                        jobId,
                        new JobCreated(jobId, m.id(), m.name(), date, Hours.of(estimate), JobStatus.WAITING));
            } else if (closed != null) {
                events.append(tx, actor, id, null, new ReceiptRejected(closed));
            } else {
                events.append(
                        tx,
                        actor,
                        id,
                        null,
                        new ManDayOver(m.id(), date, Hours.of(estimate), Hours.of(Math.max(0, remaining))));
                events.append(tx, actor, id, null, new ReceiptRejected(MECHANIC_CAPACITY));
            }
            // the receipt as written (reading it back costs the one writer a joined query)
            return new Receipt(
                    id,
                    typedName,
                    phone,
                    typedCar,
                    vehicleOf(vehicle.vin(), vehicle.make(), vehicle.model(), vehicle.year(), vehicle.mileageKm()),
                    m.id(),
                    m.name(),
                    date,
                    Hours.of(estimate),
                    request,
                    fits ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED,
                    rejection,
                    null,
                    jobId,
                    jobId == null ? null : JobStatus.WAITING,
                    null,
                    List.of(),
                    actor.username(),
                    now,
                    now,
                    1,
                    link.customerId(),
                    link.vehicleId(),
                    null,
                    link.warnings(),
                    promisedAt,
                    List.of(),
                    actor.locationId());
        };
    }

    public Receipt get(long id) {
        return db.readOne(tx -> load(tx, id));
    }

    /** A page of receipts, newest first; null filters (location included) match all. */
    public Page<Receipt> list(
            ReceiptStatus status, String q, LocalDate date, Long locationId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        String query = q == null || Text.clean(q).isEmpty() ? null : Text.clean(q);
        ReceiptStatus s = status;
        LocalDate d = date;
        // a single shop's receipts are all location 1's: its search keeps the unfiltered index walk
        Long at = locationId != null
                        && locationId == 1
                        && db.readOne(tx -> tx.locations().count()) == 1
                ? null
                : locationId;
        return db.readOne(tx -> {
            List<ReceiptDao.Row> rows;
            if (query == null) {
                rows = at == null
                        ? tx.receipts().list(before, s, d, limit + 1)
                        : tx.receipts().listAt(at, before, s, d, limit + 1);
            } else if (query.codePointCount(0, query.length()) >= 3) {
                rows = tx.receiptSearch().containing(query, before, s, d, at, limit + 1);
            } else {
                // one or two letters: names from their start, in each case a Latin name may be in
                // ("sa" finds Sarah and SAM), newest first
                java.util.TreeMap<Long, ReceiptDao.Row> newest = new java.util.TreeMap<>(Comparator.reverseOrder());
                for (String spelling : Text.caseSpellings(query)) {
                    for (ReceiptDao.Row r : tx.receiptSearch().namePrefix(spelling, before, s, d, at, limit + 1)) {
                        newest.putIfAbsent(r.id(), r);
                    }
                }
                rows = newest.values().stream().limit(limit + 1L).toList();
            }
            return Pages.of(rows, limit, ReceiptDao.Row::id, ReceiptService::toApi);
        });
    }

    /** Every event of a receipt, oldest first: who did what, and when. */
    public List<Event> timeline(long id) {
        get(id);
        return events.ofReceipt(id);
    }

    public Change<Receipt> cancel(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.text("reason", reasonText, 500);
        c.done();
        return tx -> {
            ReceiptDao receipts = tx.receipts();
            ReceiptDao.Row r = receipts.find(id).orElseThrow(() -> ApiException.notFound("receipt", id));
            if (r.status() != ReceiptStatus.ACCEPTED) {
                throw ApiException.conflict(
                        "receipt " + id + " is " + r.status() + "; only an accepted receipt can be cancelled");
            }
            JobDao jobs = tx.jobs();
            Instant now = times.now();
            if (jobs.cancel(r.jobId(), now) == 0) {
                throw ApiException.conflict(
                        "job " + r.jobId() + " is " + r.jobStatus() + "; it can no longer be cancelled");
            }
            returnIssuedParts(tx, actor, r);
            sublets.cancelOpenOfJob(tx, actor, r.jobId(), "작업 취소 (job cancelled): " + reason);
            events.append(tx, actor, id, r.jobId(), new JobCancelled(reason));
            events.append(
                    tx,
                    actor,
                    id,
                    r.jobId(),
                    new ManDayRestored(
                            r.mechanicId(), r.requestDate(), Hours.of(r.bookedCenti()), "RECEIPT_CANCELLED"));
            receipts.setStatus(id, ReceiptStatus.CANCELLED, reason, now);
            events.append(tx, actor, id, r.jobId(), new ReceiptCancelled(reason));
            long deposit = receipts.depositPoints(id);
            if (deposit > 0 && r.customerId() != null) {
                // a deposit carried from an appointment goes back: there will be no invoice to pay
                receipts.setDepositPoints(id, 0);
                long appointment = tx.appointments()
                        .ofReceipt(id)
                        .map(org.shopsuite.server.db.schedule.AppointmentDao.Row::id)
                        .orElseThrow();
                long balance = org.shopsuite.server.service.points.PointsLedger.move(
                        tx,
                        actor,
                        r.customerId(),
                        org.shopsuite.model.PointsKind.DEPOSIT_RESTORED,
                        deposit,
                        org.shopsuite.server.service.points.PointsLedger.Ref.appointment(appointment),
                        now);
                events.append(
                        tx,
                        actor,
                        id,
                        r.jobId(),
                        new org.shopsuite.model.event.DepositRestored(
                                r.customerId(), appointment, id, deposit, balance));
            }
            return load(tx, id);
        };
    }

    /** The receipt as its edit form: a PATCH merges its changes into this. */
    public ReceiptInput asInput(long id) {
        Receipt r = get(id);
        return new ReceiptInput(
                r.customerName(),
                r.customerPhone(),
                r.carId(),
                r.vehicle(),
                r.mechanicId(),
                r.requestDate(),
                r.estimatedHours(),
                r.request(),
                r.customerId(),
                r.vehicleId(),
                r.promisedAt());
    }

    /**
     * The counter's edit of a receipt whose job is not finished: the request, the hours, the time
     * promised and the customer's name and phone; the mechanic and the day only while the job is
     * waiting. The capacity check runs again without the receipt's own hours; a change that does not
     * fit is refused with nothing written. The car and the linked records stay (a receipt for
     * another car is a new receipt).
     */
    public Change<Receipt> change(Actor actor, long id, long version, ReceiptInput in) {
        Check c = new Check();
        String name = c.text("customerName", in.customerName(), 100);
        String phone = c.phone("customerPhone", in.customerPhone());
        Long mechanicId = c.required("mechanicId", in.mechanicId());
        LocalDate date = c.required("requestDate", in.requestDate());
        Long estimate = c.hours("estimatedHours", in.estimatedHours(), true, false);
        String request = c.longText("request", in.request(), 2000, true);
        Instant promisedAt = promisedAt(c, in.promisedAt());
        c.done();
        return tx -> {
            ReceiptDao receipts = tx.receipts();
            ReceiptDao.Row r = receipts.find(id).orElseThrow(() -> ApiException.notFound("receipt", id));
            if (r.version() != version) {
                throw ApiException.preconditionFailed(r.version());
            }
            for (String fixed : List.of("carId", "vehicle", "customerId", "vehicleId")) {
                if (!sameAs(r, fixed, in)) {
                    throw ApiException.invalid(
                            fixed,
                            ErrorCode.NOT_ALLOWED_VALUE,
                            "a receipt's car and records stay as taken; cancel it and take a new receipt");
                }
            }
            if (r.status() != ReceiptStatus.ACCEPTED
                    || (r.jobStatus() != JobStatus.WAITING && r.jobStatus() != JobStatus.IN_PROGRESS)) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "receipt " + id + " is " + r.status()
                                + (r.jobStatus() == null ? "" : " (job " + r.jobStatus() + ")")
                                + "; only a receipt whose job is not finished can be changed");
            }
            boolean moved = mechanicId != r.mechanicId() || !date.equals(r.requestDate());
            if (moved && r.jobStatus() != JobStatus.WAITING) {
                throw ApiException.conflict(
                        mechanicId != r.mechanicId() ? "mechanicId" : "requestDate",
                        ErrorCode.INVALID_STATE,
                        "the job has started; its mechanic and day can no longer change");
            }
            MechanicDao mechanics = tx.mechanics();
            MechanicDao.Row m = mechanics
                    .find(mechanicId)
                    .orElseThrow(() -> ApiException.invalid(
                            "mechanicId", ErrorCode.NOT_FOUND, "mechanic " + mechanicId + " does not exist"));
            if (moved && !m.active()) {
                throw ApiException.conflict(
                        "mechanicId", ErrorCode.INVALID_STATE, "mechanic " + m.name() + " is not active");
            }
            if (moved) {
                // moved to a closed day or the mechanic's day off: refused, as a day that is full is
                String closed = ScheduleService.unavailable(tx, m.id(), date, r.locationId());
                if (closed != null) {
                    throw ScheduleService.refusal(
                            closed, date.equals(r.requestDate()) ? "mechanicId" : "requestDate", m.name(), date);
                }
            }
            boolean rebooked = moved || estimate != r.estimatedCenti();
            // the approved hours of its estimate go with the job
            long approved = r.bookedCenti() - r.estimatedCenti();
            long booked = mechanics.bookedCenti(m.id(), date) - (moved ? 0 : r.bookedCenti());
            long remaining = m.dailyCapacityCenti() - booked;
            long asked = estimate + approved;
            if (rebooked && asked > remaining) {
                throw ApiException.conflict(
                        "estimatedHours",
                        ErrorCode.INVALID_STATE,
                        m.name() + " has " + Hours.of(Math.max(0, remaining)).toPlainString() + " h left on " + date
                                + "; " + Hours.of(asked).toPlainString() + " h were asked",
                        Map.of(
                                "remainingHours", Hours.of(Math.max(0, remaining)),
                                "requestedHours", Hours.of(asked)));
            }
            List<String> changed = new java.util.ArrayList<>();
            note(changed, "customerName", r.customerName(), name);
            note(changed, "customerPhone", r.customerPhone(), phone);
            note(changed, "mechanicId", r.mechanicId(), m.id());
            note(changed, "requestDate", r.requestDate(), date);
            note(changed, "estimatedHours", r.estimatedCenti(), estimate);
            note(changed, "request", r.request(), request);
            note(changed, "promisedAt", r.promisedAt(), promisedAt);
            if (changed.isEmpty()) {
                return toApi(r);
            }
            Instant now = times.now();
            receipts.change(id, version, name, phone, m.id(), date, estimate, request, promisedAt, now);
            if (rebooked) {
                tx.jobs().reschedule(r.jobId(), m.id(), date, estimate, now);
                events.append(
                        tx,
                        actor,
                        id,
                        r.jobId(),
                        new ManDayRestored(
                                r.mechanicId(), r.requestDate(), Hours.of(r.bookedCenti()), "RECEIPT_CHANGED"));
                events.append(
                        tx,
                        actor,
                        id,
                        r.jobId(),
                        new ManDayDecreased(
                                m.id(),
                                date,
                                Hours.of(asked),
                                Hours.of(booked + asked),
                                Hours.of(remaining - asked),
                                "RECEIPT_CHANGED"));
            }
            events.append(
                    tx,
                    actor,
                    id,
                    r.jobId(),
                    new ReceiptChanged(
                            List.copyOf(changed),
                            name,
                            phone,
                            m.id(),
                            m.name(),
                            date,
                            Hours.of(estimate),
                            request,
                            promisedAt));
            return load(tx, id);
        };
    }

    private static void note(List<String> changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** Whether the edit leaves a field that cannot change as it was. */
    private static boolean sameAs(ReceiptDao.Row r, String field, ReceiptInput in) {
        return switch (field) {
            case "carId" -> in.carId() == null || Text.clean(in.carId()).equals(r.carId());
            case "vehicle" ->
                in.vehicle() == null
                        || in.vehicle().equals(vehicleOf(r.vin(), r.make(), r.model(), r.year(), r.mileageKm()));
            case "customerId" -> in.customerId() == null || in.customerId().equals(r.customerId());
            case "vehicleId" -> in.vehicleId() == null || in.vehicleId().equals(r.vehicleId());
            default -> true;
        };
    }

    /** A promised time: within a year either way of now (a typo in the year is refused). */
    private Instant promisedAt(Check c, Instant at) {
        if (at != null) {
            Instant now = times.now();
            if (at.isBefore(now.minus(java.time.Duration.ofDays(366)))
                    || at.isAfter(now.plus(java.time.Duration.ofDays(366)))) {
                c.fail("promisedAt", ErrorCode.OUT_OF_RANGE, "must be within a year of now");
            }
        }
        return at;
    }

    /**
     * The car is handed back to its customer: the receipt's work is finished; a balance left on
     * its invoice is a warning, not a refusal (a fleet pays at the end of the month).
     */
    public Change<Receipt> release(Actor actor, long id) {
        return tx -> {
            ReceiptDao receipts = tx.receipts();
            ReceiptDao.Row r = receipts.find(id).orElseThrow(() -> ApiException.notFound("receipt", id));
            if (r.releasedAt() != null) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "receipt " + id + "'s car was already released at " + r.releasedAt(),
                        Map.of("releasedAt", r.releasedAt().toString()));
            }
            if (r.status() != ReceiptStatus.COMPLETED) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "receipt " + id + " is " + r.status()
                                + "; a car is released when its job is finished (a receipt not carried out is"
                                + " cancelled instead)",
                        Map.of("status", r.status().name()));
            }
            long balance = r.invoiceId() == null
                    ? 0
                    : tx.invoices()
                            .find(r.invoiceId())
                            .map(i -> i.status() == org.shopsuite.model.InvoiceStatus.VOID ? 0 : i.total() - i.paid())
                            .orElse(0L);
            List<Warning> warnings = new java.util.ArrayList<>(warningsOf(r.warnings()));
            if (balance > 0) {
                warnings.add(new Warning(
                        WarningCode.UNPAID_BALANCE,
                        "the car was released with "
                                + String.format(Locale.ROOT, "%,d", balance)
                                + " still to pay on its invoice",
                        Map.of("balance", balance, "invoiceId", r.invoiceId())));
            }
            Instant now = times.now();
            receipts.release(id, warningsJson(warnings), now);
            events.append(
                    tx,
                    actor,
                    id,
                    r.jobId(),
                    new VehicleReleased(r.vehicleId() == null ? 0 : r.vehicleId(), now, balance));
            return load(tx, id);
        };
    }

    /**
     * Invoices the receipt's finished work again after its invoice was voided (see {@link
     * InvoiceService#reissue}); answers the receipt, whose {@code invoiceId} is now the new one.
     */
    public Change<Receipt> reissueInvoice(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.text("reason", reasonText, 500);
        c.done();
        return tx -> {
            if (tx.receipts().find(id).isEmpty()) {
                throw ApiException.notFound("receipt", id);
            }
            invoices.reissue(tx, actor, id, reason);
            return load(tx, id);
        };
    }

    private void returnIssuedParts(WriteTx tx, Actor actor, ReceiptDao.Row r) {
        JobDao jobs = tx.jobs();
        PartDao partDao = tx.parts();
        for (JobDao.PartRequestRow pr : jobs.partRequestsOf(List.of(r.jobId()))) {
            int outstanding = pr.outstanding();
            if (outstanding == 0) {
                continue;
            }
            jobs.returnPartRequest(pr.id(), outstanding, times.now());
            PartDao.Row part = partDao.find(pr.vehiclePartId(), r.locationId()).orElseThrow();
            PartDao.Row after = parts.move(
                    tx,
                    actor,
                    part,
                    outstanding,
                    MovementKind.RETURN,
                    "receipt " + r.id() + " cancelled",
                    r.jobId(),
                    pr.id());
            events.append(
                    tx,
                    actor,
                    r.id(),
                    r.jobId(),
                    new PartReturned(pr.id(), pr.vehiclePartId(), outstanding, after.stock()));
        }
    }

    Receipt load(Tx tx, long id) {
        ReceiptDao dao = tx.receipts();
        ReceiptDao.Row r = dao.find(id).orElseThrow(() -> ApiException.notFound("receipt", id));
        return toApi(r);
    }

    private Vehicle vehicle(Check c, Vehicle v) {
        if (v == null) {
            return new Vehicle(null, null, null, null, null);
        }
        String vin = c.optionalText("vehicle.vin", v.vin(), 17);
        if (vin != null) {
            vin = vin.toUpperCase(Locale.ROOT);
            if (!VIN.matcher(vin).matches()) {
                c.fail("vehicle.vin", ErrorCode.PATTERN, "must be 17 letters and digits (no I, O or Q)");
            }
        }
        String make = c.optionalText("vehicle.make", v.make(), 50);
        String model = c.optionalText("vehicle.model", v.model(), 50);
        Integer year =
                c.wholeNumber("vehicle.year", v.year(), 1900, shop.today().getYear() + 1, false);
        Integer km = c.wholeNumber("vehicle.mileageKm", v.mileageKm(), 0, 10_000_000, false);
        return new Vehicle(vin, make, model, year, km);
    }

    public static Vehicle vehicleOf(String vin, String make, String model, Integer year, Integer km) {
        if (vin == null && make == null && model == null && year == null && km == null) {
            return null;
        }
        return new Vehicle(vin, make, model, year, km);
    }

    private static String warningsJson(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Warning> warningsOf(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, Warning[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt's stored warnings are not readable", e);
        }
    }

    /** The versions of the receipt's estimate, read as one column ({@code id:number:status:total:presentedAt;...}). */
    private static List<EstimateSummary> estimatesOf(String list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<EstimateSummary> out = new java.util.ArrayList<>();
        for (String e : list.split(";", -1)) {
            String[] f = e.split(":", 5);
            out.add(new EstimateSummary(
                    Long.parseLong(f[0]),
                    Integer.parseInt(f[1]),
                    EstimateStatus.valueOf(f[2]),
                    Long.parseLong(f[3]),
                    f[4].isEmpty() ? null : Instant.parse(f[4])));
        }
        return List.copyOf(out);
    }

    private static Receipt toApi(ReceiptDao.Row r) {
        return new Receipt(
                r.id(),
                r.customerName(),
                r.customerPhone(),
                r.carId(),
                vehicleOf(r.vin(), r.make(), r.model(), r.year(), r.mileageKm()),
                r.mechanicId(),
                r.mechanicName(),
                r.requestDate(),
                Hours.of(r.estimatedCenti()),
                r.request(),
                r.status(),
                r.rejectionReason(),
                r.cancelReason(),
                r.jobId(),
                r.jobStatus(),
                r.invoiceId(),
                r.partRequestIdList(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.version(),
                r.customerId(),
                r.vehicleId(),
                r.releasedAt(),
                warningsOf(r.warnings()),
                r.promisedAt(),
                estimatesOf(r.estimateList()),
                r.locationId());
    }
}
