package org.shopsuite.server.service.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentInput;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.ArriveInput;
import org.shopsuite.model.DropOff;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Page;
import org.shopsuite.model.PointsKind;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.RescheduleInput;
import org.shopsuite.model.event.AppointmentBooked;
import org.shopsuite.model.event.AppointmentCancelled;
import org.shopsuite.model.event.AppointmentNoShow;
import org.shopsuite.model.event.AppointmentRejected;
import org.shopsuite.model.event.AppointmentRescheduled;
import org.shopsuite.model.event.CustomerArrived;
import org.shopsuite.model.event.DepositForfeited;
import org.shopsuite.model.event.DepositRestored;
import org.shopsuite.model.event.DepositTaken;
import org.shopsuite.model.event.ManDayDecreased;
import org.shopsuite.model.event.ManDayRestored;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.customer.CustomerDao;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.db.schedule.AppointmentDao;
import org.shopsuite.server.db.schedule.ScheduleDao;
import org.shopsuite.server.db.vehicle.VehicleDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.coupon.CouponService;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.event.SeqCache;
import org.shopsuite.server.service.points.PointsLedger;
import org.shopsuite.server.service.receipt.ReceiptService;
import org.shopsuite.server.service.schedule.ScheduleService;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Appointments (the parking reservation of {@code 004_*.txt}, in a repair shop): a booking takes a
 * bay for its slot and, when a mechanic is named, that mechanic's hours on the day, in one
 * transaction; one that does not fit is stored REJECTED with its reason. Cancelling or a no-show
 * gives both back; arriving turns the booking into a receipt without counting its hours twice.
 */
public final class AppointmentService {
    public static final String BAY_FULL = "BAY_FULL";
    public static final String OUTSIDE_HOURS = "OUTSIDE_HOURS";
    public static final String INSUFFICIENT_POINTS = "INSUFFICIENT_POINTS";

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final ReceiptService receipts;
    private final CouponService coupons;
    private final Times times;
    /** The control view and the booking form's answers (ADR 7): the same bytes until the next event. */
    private final SeqCache<Asked> schedules;

    private final SeqCache<Asked> availabilities;

    public AppointmentService(
            Database db,
            EventStore events,
            ShopService shop,
            ReceiptService receipts,
            CouponService coupons,
            Times times,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        this.coupons = coupons;
        this.schedules = new SeqCache<>(events, json, 64);
        this.availabilities = new SeqCache<>(events, json, 64);
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.receipts = receipts;
        this.times = times;
    }

    // ---- reads -------------------------------------------------------------------------------

    public Appointment get(Actor actor, long id) {
        return db.read(tx -> {
            AppointmentDao.Row r = find(tx, id);
            mayRead(actor, r);
            return toApi(r);
        });
    }

    /** Newest first; a mechanic sees only their own; {@code locationId} null: every location's. */
    public Page<Appointment> list(
            Actor actor,
            Long locationId,
            LocalDate from,
            LocalDate to,
            Long mechanicId,
            Long bayId,
            AppointmentStatus status,
            String cursor,
            int limit) {
        Long mechanic = mechanicId;
        if (actor.mechanicId() != null) {
            if (mechanicId != null && !mechanicId.equals(actor.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees only their own appointments");
            }
            mechanic = actor.mechanicId();
        }
        long before = Cursor.before(cursor);
        Long m = mechanic;
        List<AppointmentDao.Row> rows =
                db.read(tx -> tx.appointments().list(locationId, from, to, m, bayId, status, before, limit + 1));
        return Pages.of(rows, limit, AppointmentDao.Row::id, AppointmentService::toApi);
    }

    private static void mayRead(Actor actor, AppointmentDao.Row r) {
        if (actor.mechanicId() != null && !actor.mechanicId().equals(r.mechanicId())) {
            throw ApiException.forbidden("a mechanic sees only their own appointments");
        }
    }

    /**
     * The bookable start times of each bay and each mechanic's hours left, for the booking form (today
     * and one hour unless given).
     */
    public org.shopsuite.model.Availability availability(long locationId, LocalDate asked, java.math.BigDecimal hours) {
        LocalDate date = asked == null ? shop.today(locationId) : asked;
        Check c = new Check();
        Long centi = c.hours("hours", hours == null ? java.math.BigDecimal.ONE : hours, true, false);
        c.done();
        int length = (int) ((centi * 60 + 99) / 100);
        return db.read(tx -> {
            Day day = day(tx, date, locationId);
            // each bay's own bookings, so a start time is checked against a handful of slots
            Map<Long, List<AppointmentDao.Slot>> byBay = new java.util.HashMap<>();
            for (AppointmentDao.Slot o : tx.appointments().booked(date, 0)) {
                if (o.bayId() != null) {
                    byBay.computeIfAbsent(o.bayId(), k -> new ArrayList<>()).add(o);
                }
            }
            List<org.shopsuite.model.Availability.BayTimes> bays = new ArrayList<>();
            for (ScheduleDao.BayRow b : tx.schedule().bays(locationId, null, 0, true, 10_000)) {
                List<String> starts = new ArrayList<>();
                List<AppointmentDao.Slot> slots = byBay.getOrDefault(b.id(), List.of());
                if (!day.closed) {
                    for (int t = day.opens; t + length <= day.closes; t += 15) {
                        if (free(slots, b.id(), t, t + length)) {
                            starts.add(time(t));
                        }
                    }
                }
                bays.add(new org.shopsuite.model.Availability.BayTimes(b.id(), b.name(), starts));
            }
            List<org.shopsuite.model.Availability.MechanicHours> mechanics = new ArrayList<>();
            for (ScheduleDao.MechanicDay m : tx.schedule().mechanicDays(date)) {
                mechanics.add(new org.shopsuite.model.Availability.MechanicHours(
                        m.id(), m.name(), Hours.of(Math.max(0, m.dailyCapacityCenti() - m.bookedCenti())), m.dayOff()));
            }
            return new org.shopsuite.model.Availability(date, Hours.of(centi), day.closed, bays, mechanics);
        });
    }

    /** {@link #availability} as JSON, the same bytes until the next event. */
    public byte[] availabilityJson(long locationId, LocalDate asked, java.math.BigDecimal hours) {
        LocalDate date = asked == null ? shop.today(locationId) : asked;
        java.math.BigDecimal h = hours == null ? java.math.BigDecimal.ONE : hours;
        Check c = new Check();
        c.hours("hours", h, true, false);
        c.done();
        return availabilities.get(
                new Asked(locationId, date, h.stripTrailingZeros()), () -> availability(locationId, date, h));
    }

    /** {@link #schedule} as JSON, the same bytes until the next event. */
    public byte[] scheduleJson(long locationId, LocalDate asked) {
        LocalDate date = asked == null ? shop.today(locationId) : asked;
        return schedules.get(new Asked(locationId, date, null), () -> schedule(locationId, date));
    }

    /** What a cached availability or control view was asked for. */
    private record Asked(long locationId, LocalDate date, java.math.BigDecimal hours) {}

    /**
     * The control view of a location's day (today unless given): its bays and the mechanics as rows
     * (a mechanic's bookings wherever they are), bookings as slots.
     */
    public org.shopsuite.model.Schedule schedule(long locationId, LocalDate asked) {
        LocalDate date = asked == null ? shop.today(locationId) : asked;
        return db.read(tx -> {
            Day day = day(tx, date, locationId);
            // each booking made into a slot once, listed under its bay and its mechanic
            Map<Long, List<org.shopsuite.model.Schedule.Slot>> byBay = new java.util.HashMap<>();
            Map<Long, List<org.shopsuite.model.Schedule.Slot>> byMechanic = new java.util.HashMap<>();
            for (AppointmentDao.DaySlot a : tx.appointments().slotsOf(date)) {
                var slot = new org.shopsuite.model.Schedule.Slot(
                        a.id(), time(a.startMinute()), time(a.endMinute()), a.plate(), a.customerName(), a.status());
                if (a.bayId() != null) {
                    byBay.computeIfAbsent(a.bayId(), k -> new ArrayList<>()).add(slot);
                }
                if (a.mechanicId() != null) {
                    byMechanic
                            .computeIfAbsent(a.mechanicId(), k -> new ArrayList<>())
                            .add(slot);
                }
            }
            List<org.shopsuite.model.Schedule.BayRow> bays = new ArrayList<>();
            for (ScheduleDao.BayRow b : tx.schedule().bays(locationId, null, 0, true, 10_000)) {
                bays.add(new org.shopsuite.model.Schedule.BayRow(
                        b.id(), b.name(), byBay.getOrDefault(b.id(), List.of())));
            }
            List<org.shopsuite.model.Schedule.MechanicRow> mechanics = new ArrayList<>();
            for (ScheduleDao.MechanicDay m : tx.schedule().mechanicDays(date)) {
                mechanics.add(new org.shopsuite.model.Schedule.MechanicRow(
                        m.id(),
                        m.name(),
                        Hours.of(m.dailyCapacityCenti()),
                        Hours.of(m.bookedCenti()),
                        m.dayOff(),
                        byMechanic.getOrDefault(m.id(), List.of())));
            }
            boolean hoursSet = day.opens != 0 || day.closes != 24 * 60;
            return new org.shopsuite.model.Schedule(
                    date,
                    day.closed,
                    day.closed || !hoursSet ? null : time(day.opens),
                    day.closed || !hoursSet ? null : time(day.closes),
                    bays,
                    mechanics);
        });
    }

    /** A day's opening: closed, or open from {@code opens} to {@code closes} (minutes; all day when unset). */
    private record Day(boolean closed, int opens, int closes) {}

    private static Day day(Tx tx, LocalDate date, long locationId) {
        ScheduleDao.Opening o = tx.schedule().opening(date, date.getDayOfWeek().getValue(), locationId);
        if (o.holiday() || Boolean.TRUE.equals(o.closed())) {
            return new Day(true, 0, 0);
        }
        if (o.opens() != null && o.closes() != null) {
            return new Day(false, minutes(o.opens()), minutes(o.closes()));
        }
        return new Day(false, 0, 24 * 60);
    }

    private static boolean free(List<AppointmentDao.Slot> slots, long bayId, int start, int end) {
        for (AppointmentDao.Slot o : slots) {
            if (Long.valueOf(bayId).equals(o.bayId()) && o.startMinute() < end && start < o.endMinute()) {
                return false;
            }
        }
        return true;
    }

    // ---- booking -----------------------------------------------------------------------------

    private record Slot(LocalDate date, int start, int end, long centi) {}

    private static Slot slot(Check c, LocalDate date, String startTime, Long centi) {
        Integer start = startMinute(c, "startTime", startTime);
        if (date == null || start == null || centi == null) {
            return null;
        }
        int end = start + (int) ((centi * 60 + 99) / 100);
        if (end > 24 * 60) {
            c.fail(
                    "hours",
                    ErrorCode.OUT_OF_RANGE,
                    "the slot must end by midnight",
                    Map.of("max", (24 * 60 - start) / 60.0));
            return null;
        }
        return new Slot(date, start, end, centi);
    }

    /** {@code HH:mm} on a quarter hour, as minutes after midnight. */
    private static Integer startMinute(Check c, String field, String value) {
        if (value == null) {
            c.fail(field, ErrorCode.REQUIRED, "is required");
            return null;
        }
        if (!value.matches("[0-2][0-9]:[0-5][0-9]")) {
            c.fail(field, ErrorCode.PATTERN, "must be a time written HH:mm", Map.of("pattern", "HH:mm"));
            return null;
        }
        LocalTime t;
        try {
            t = LocalTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            c.fail(field, ErrorCode.PATTERN, "must be a time written HH:mm", Map.of("pattern", "HH:mm"));
            return null;
        }
        if (t.getMinute() % 15 != 0) {
            c.fail(field, ErrorCode.NOT_ALLOWED_VALUE, "must be on a quarter hour (:00, :15, :30, :45)");
            return null;
        }
        return t.getHour() * 60 + t.getMinute();
    }

    private void dateInRange(Check c, String field, LocalDate date, long locationId) {
        if (date == null) {
            c.fail(field, ErrorCode.REQUIRED, "is required");
            return;
        }
        LocalDate today = shop.today(locationId);
        if (date.isBefore(today) || date.isAfter(today.plusDays(365))) {
            c.fail(
                    field,
                    ErrorCode.OUT_OF_RANGE,
                    "must be today or within the next 365 days",
                    Map.of("minDaysBefore", 0, "maxDaysAfter", 365));
        }
    }

    public Change<Appointment> book(Actor actor, AppointmentInput in) {
        Check c = new Check();
        Long customerId = c.positiveId("customerId", c.required("customerId", in.customerId()));
        Long vehicleId = c.positiveId("vehicleId", c.required("vehicleId", in.vehicleId()));
        dateInRange(c, "date", in.date(), actor.locationId());
        Long centi = c.hours("hours", in.hours(), true, false);
        Slot slot = slot(c, in.date(), in.startTime(), centi);
        c.positiveId("mechanicId", in.mechanicId());
        c.positiveId("bayId", in.bayId());
        String request = c.longText("request", in.request(), 2000, true);
        DropOff dropOff = c.required("dropOff", in.dropOff());
        c.done();
        return tx -> {
            CustomerDao.Row customer = tx.customers()
                    .find(customerId)
                    .orElseThrow(() -> ApiException.invalid(
                            "customerId", ErrorCode.NOT_FOUND, "customer " + customerId + " does not exist"));
            if (customer.mergedIntoId() != null) {
                throw ApiException.invalid(
                        "customerId",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "customer " + customerId + " was merged into " + customer.mergedIntoId());
            }
            VehicleDao.Row car = tx.vehicles()
                    .find(vehicleId)
                    .orElseThrow(() -> ApiException.invalid(
                            "vehicleId", ErrorCode.NOT_FOUND, "vehicle " + vehicleId + " does not exist"));
            if (!car.active() || car.customerId() != customerId) {
                throw ApiException.conflict(
                        "vehicleId",
                        ErrorCode.INVALID_STATE,
                        car.active()
                                ? "vehicle " + car.plate() + " belongs to another customer"
                                : "vehicle " + car.plate() + " has left (inactive)");
            }
            MechanicDao.Row mechanic =
                    in.mechanicId() == null ? null : activeMechanic(tx, in.mechanicId(), "mechanicId");
            if (in.bayId() != null) {
                activeBay(tx, in.bayId(), "bayId", actor.locationId());
            }
            Fit fit = fit(tx, slot, mechanic, in.bayId(), null, null, actor.locationId());
            long deposit = shop.row().bookingDepositPoints();
            if (fit.reason == null && deposit > 0 && PointsLedger.balance(tx, customerId) < deposit) {
                fit = new Fit(INSUFFICIENT_POINTS, null, fit.booked);
            }
            Instant now = times.now();
            AppointmentStatus status = fit.reason == null ? AppointmentStatus.BOOKED : AppointmentStatus.REJECTED;
            Long bay = fit.reason == null ? fit.bayId : in.bayId();
            long id = tx.appointments()
                    .insert(new AppointmentDao.New(
                            customerId,
                            vehicleId,
                            slot.date,
                            slot.start,
                            slot.end,
                            slot.centi,
                            mechanic == null ? null : mechanic.id(),
                            bay,
                            request,
                            dropOff,
                            status,
                            fit.reason,
                            actor.username(),
                            now,
                            actor.locationId()));
            if (fit.reason == null) {
                events.append(
                        tx,
                        actor,
                        null,
                        null,
                        new AppointmentBooked(
                                id,
                                customerId,
                                vehicleId,
                                car.plate(),
                                slot.date,
                                time(slot.start),
                                time(slot.end),
                                Hours.of(slot.centi),
                                mechanic == null ? null : mechanic.id(),
                                bay));
                if (mechanic != null) {
                    decreased(tx, actor, mechanic, slot.date, slot.centi, fit.booked, "APPOINTMENT_BOOKED");
                }
                if (deposit > 0) {
                    takeDeposit(tx, actor, customerId, id, deposit, now);
                }
                coupons.issueOnBooking(tx, actor, customerId, id);
            } else {
                events.append(
                        tx,
                        actor,
                        null,
                        null,
                        new AppointmentRejected(
                                id,
                                customerId,
                                vehicleId,
                                slot.date,
                                time(slot.start),
                                Hours.of(slot.centi),
                                mechanic == null ? null : mechanic.id(),
                                in.bayId(),
                                fit.reason));
            }
            return toApi(find(tx, id));
        };
    }

    /** The booking's deposit: the balance was checked above, in this transaction. */
    private void takeDeposit(WriteTx tx, Actor actor, long customerId, long id, long deposit, Instant now) {
        var balance = PointsLedger.spend(
                tx, actor, customerId, PointsKind.DEPOSIT, deposit, PointsLedger.Ref.appointment(id), now);
        if (balance.isEmpty()) {
            throw ApiException.conflict(
                    "customerId", ErrorCode.INVALID_STATE, "the customer's points changed while booking: try again");
        }
        tx.appointments().setDeposit(id, deposit);
        events.append(tx, actor, null, null, new DepositTaken(customerId, id, deposit, balance.getAsLong()));
    }

    private void decreased(
            WriteTx tx, Actor actor, MechanicDao.Row m, LocalDate date, long centi, long bookedBefore, String cause) {
        events.append(
                tx,
                actor,
                null,
                null,
                new ManDayDecreased(
                        m.id(),
                        date,
                        Hours.of(centi),
                        Hours.of(bookedBefore + centi),
                        Hours.of(m.dailyCapacityCenti() - bookedBefore - centi),
                        cause));
    }

    /** What a slot comes to: null reason and the bay it takes, or why it does not fit. */
    private record Fit(String reason, Long bayId, long booked) {}

    /**
     * Checks a slot in the order a shop would say it: the shop closed that day, the slot outside the
     * opening hours, the mechanic's day off, the mechanic's hours, then a bay. {@code moving} is the
     * booking being rescheduled, whose own slot and hours do not count; {@code preferredBay} is kept
     * when it is free and no bay was named.
     */
    private static Fit fit(
            Tx tx,
            Slot s,
            MechanicDao.Row m,
            Long bayId,
            Long preferredBay,
            AppointmentDao.Row moving,
            long locationId) {
        ScheduleDao schedule = tx.schedule();
        ScheduleDao.Closure closure = schedule.closure(
                m == null ? 0 : m.id(), s.date, s.date.getDayOfWeek().getValue(), locationId);
        if (closure.shopClosed()) {
            return new Fit(ScheduleService.SHOP_CLOSED, null, 0);
        }
        Day day = day(tx, s.date, locationId);
        if (s.start < day.opens || s.end > day.closes) {
            return new Fit(OUTSIDE_HOURS, null, 0);
        }
        long booked = 0;
        List<AppointmentDao.Slot> slots = tx.appointments().booked(s.date, moving == null ? 0 : moving.id());
        if (m != null) {
            if (closure.dayOff()) {
                return new Fit(ScheduleService.MECHANIC_OFF, null, 0);
            }
            booked = tx.mechanics().bookedCenti(m.id(), s.date);
            // the booking being moved does not count against itself
            if (moving != null
                    && moving.day().equals(s.date)
                    && Long.valueOf(m.id()).equals(moving.mechanicId())) {
                booked -= moving.hoursCenti();
            }
            if (booked + s.centi > m.dailyCapacityCenti()) {
                return new Fit(ReceiptService.MECHANIC_CAPACITY, null, booked);
            }
        }
        List<Long> candidates = new ArrayList<>();
        if (bayId != null) {
            candidates.add(bayId);
        } else {
            if (preferredBay != null) {
                candidates.add(preferredBay);
            }
            for (ScheduleDao.BayRow b : schedule.bays(locationId, null, 0, true, 10_000)) {
                if (!candidates.contains(b.id())) {
                    candidates.add(b.id());
                }
            }
            if (candidates.isEmpty()) {
                return new Fit(null, null, booked); // a shop without bays books hours only
            }
        }
        for (Long bay : candidates) {
            if (free(slots, bay, s.start, s.end)) {
                return new Fit(null, bay, booked);
            }
        }
        return new Fit(BAY_FULL, null, booked);
    }

    private static int minutes(String hhmm) {
        LocalTime t = LocalTime.parse(hhmm);
        return t.getHour() * 60 + t.getMinute();
    }

    /** Every minute of a day as HH:mm, 00:00 to 24:00 (the availability lists thousands a request). */
    private static final String[] TIMES = java.util.stream.IntStream.rangeClosed(0, 24 * 60)
            .mapToObj(m -> String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60))
            .toArray(String[]::new);

    static String time(int minute) {
        return TIMES[Math.min(Math.max(minute, 0), 24 * 60)];
    }

    private static MechanicDao.Row activeMechanic(Tx tx, long id, String field) {
        MechanicDao.Row m = tx.mechanics()
                .find(id)
                .orElseThrow(
                        () -> ApiException.invalid(field, ErrorCode.NOT_FOUND, "mechanic " + id + " does not exist"));
        if (!m.active()) {
            throw ApiException.conflict(field, ErrorCode.INVALID_STATE, "mechanic " + m.name() + " is not active");
        }
        return m;
    }

    /** An active bay of the location the booking is at. */
    private static void activeBay(Tx tx, long id, String field, long locationId) {
        ScheduleDao.BayRow b = tx.schedule()
                .bay(id)
                .orElseThrow(() -> ApiException.invalid(field, ErrorCode.NOT_FOUND, "bay " + id + " does not exist"));
        if (b.locationId() != locationId) {
            throw ApiException.invalid(
                    field,
                    ErrorCode.NOT_ALLOWED_VALUE,
                    "bay " + b.name() + " is at another location (" + b.locationId() + "); this booking is at "
                            + locationId);
        }
        if (!b.active()) {
            throw ApiException.conflict(field, ErrorCode.INVALID_STATE, "bay " + b.name() + " is not in use");
        }
    }

    // ---- changes of a booking -----------------------------------------------------------------

    private static AppointmentDao.Row booked(Tx tx, long id, String doing) {
        AppointmentDao.Row a = find(tx, id);
        if (a.status() != AppointmentStatus.BOOKED) {
            throw ApiException.conflict(
                    "id",
                    ErrorCode.INVALID_STATE,
                    "appointment " + id + " is " + a.status() + "; only a BOOKED one can " + doing);
        }
        return a;
    }

    public Change<Appointment> cancel(Actor actor, long id, String reason) {
        Check c = new Check();
        String why = c.longText("reason", reason, 500, true);
        c.done();
        return tx -> {
            AppointmentDao.Row a = booked(tx, id, "be cancelled");
            tx.appointments().close(id, AppointmentStatus.CANCELLED, why, times.now());
            events.append(tx, actor, null, null, new AppointmentCancelled(id, why));
            restored(tx, actor, a, "APPOINTMENT_CANCELLED");
            if (a.depositPoints() > 0) {
                long balance = PointsLedger.move(
                        tx,
                        actor,
                        a.customerId(),
                        PointsKind.DEPOSIT_RESTORED,
                        a.depositPoints(),
                        PointsLedger.Ref.appointment(id),
                        times.now());
                events.append(
                        tx,
                        actor,
                        null,
                        null,
                        new DepositRestored(a.customerId(), id, null, a.depositPoints(), balance));
            }
            coupons.withdrawForAppointment(tx, actor, id);
            return toApi(find(tx, id));
        };
    }

    public Change<Appointment> noShow(Actor actor, long id) {
        return tx -> {
            AppointmentDao.Row a = booked(tx, id, "be marked a no-show");
            if (a.day().isAfter(shop.today(a.locationId()))) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "appointment " + id + " is on " + a.day() + "; a no-show is marked on or after its day"
                                + " (cancel it if the customer will not come)");
            }
            tx.appointments().close(id, AppointmentStatus.NO_SHOW, null, times.now());
            events.append(tx, actor, null, null, new AppointmentNoShow(id));
            restored(tx, actor, a, "APPOINTMENT_NO_SHOW");
            if (a.depositPoints() > 0) {
                PointsLedger.record(
                        tx, actor, a.customerId(), PointsKind.FORFEITED, PointsLedger.Ref.appointment(id), times.now());
                events.append(tx, actor, null, null, new DepositForfeited(a.customerId(), id, a.depositPoints()));
            }
            return toApi(find(tx, id));
        };
    }

    private void restored(WriteTx tx, Actor actor, AppointmentDao.Row a, String cause) {
        if (a.mechanicId() != null) {
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new ManDayRestored(a.mechanicId(), a.day(), Hours.of(a.hoursCenti()), cause));
        }
    }

    /** Moves a booking; the old slot is let go only if the new one fits (409 and nothing changes otherwise). */
    public Change<Appointment> reschedule(Actor actor, long id, RescheduleInput in) {
        Check c = new Check();
        if (in.date() == null) {
            c.fail("date", ErrorCode.REQUIRED, "is required");
        }
        Long centi = in.hours() == null ? null : c.hours("hours", in.hours(), true, false);
        Integer start = startMinute(c, "startTime", in.startTime());
        c.positiveId("mechanicId", in.mechanicId());
        c.positiveId("bayId", in.bayId());
        c.done();
        return tx -> {
            AppointmentDao.Row a = booked(tx, id, "be rescheduled");
            long hours = centi == null ? a.hoursCenti() : centi;
            Check again = new Check();
            dateInRange(again, "date", in.date(), a.locationId());
            Slot s = slot(again, in.date(), time(start), hours);
            again.done();
            MechanicDao.Row m = in.mechanicId() != null
                    ? activeMechanic(tx, in.mechanicId(), "mechanicId")
                    : a.mechanicId() == null
                            ? null
                            : tx.mechanics().find(a.mechanicId()).orElseThrow();
            if (in.bayId() != null) {
                activeBay(tx, in.bayId(), "bayId", a.locationId());
            }
            Fit fit = fit(tx, s, m, in.bayId(), a.bayId(), a, a.locationId());
            if (fit.reason != null) {
                throw ApiException.conflict(
                        fit.reason.equals(BAY_FULL)
                                ? "bayId"
                                : fit.reason.equals(ReceiptService.MECHANIC_CAPACITY)
                                        ? "hours"
                                        : fit.reason.equals(OUTSIDE_HOURS) ? "startTime" : "date",
                        ErrorCode.INVALID_STATE,
                        "the new slot does not fit (" + fit.reason + "); the booking stays as it was",
                        Map.of("reason", fit.reason));
            }
            Instant now = times.now();
            tx.appointments()
                    .reschedule(id, s.date, s.start, s.end, s.centi, m == null ? null : m.id(), fit.bayId, now);
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new AppointmentRescheduled(
                            id,
                            a.day(),
                            time(a.startMinute()),
                            s.date,
                            time(s.start),
                            time(s.end),
                            Hours.of(s.centi),
                            m == null ? null : m.id(),
                            fit.bayId));
            restored(tx, actor, a, "APPOINTMENT_RESCHEDULED");
            if (m != null) {
                decreased(tx, actor, m, s.date, s.centi, fit.booked, "APPOINTMENT_RESCHEDULED");
            }
            return toApi(find(tx, id));
        };
    }

    /**
     * The customer came: the booking becomes a receipt (its customer, car, day, hours and request)
     * for its mechanic, or the one given when it has none. The booking's hours are let go in the same
     * transaction, so they are not counted twice; a receipt that would not fit is refused (409) and
     * the booking stays.
     */
    public Change<Appointment> arrive(Actor actor, long id, ArriveInput in) {
        Long given = in == null ? null : in.mechanicId();
        Check c = new Check();
        c.positiveId("mechanicId", given);
        c.done();
        return tx -> {
            AppointmentDao.Row a = booked(tx, id, "arrive");
            Long mechanicId = a.mechanicId() != null ? a.mechanicId() : given;
            if (mechanicId == null) {
                throw ApiException.invalid(
                        "mechanicId", ErrorCode.REQUIRED, "the appointment names no mechanic: say who takes the car");
            }
            Instant now = times.now();
            tx.appointments().close(id, AppointmentStatus.ARRIVED, null, now);
            restored(tx, actor, a, "APPOINTMENT_ARRIVED");
            String phone = tx.customers().phonesOf(List.of(a.customerId())).stream()
                    .map(CustomerDao.Phone::phone)
                    .findFirst()
                    .orElse(null);
            // the receipt is the booking's location's, whoever marks the arrival
            Receipt r = receipts.create(
                            actor.locationId() == a.locationId() ? actor : actor.at(a.locationId()),
                            new ReceiptInput(
                                    null,
                                    phone == null ? null : org.shopsuite.model.Phones.display(phone),
                                    null,
                                    null,
                                    mechanicId,
                                    a.day(),
                                    Hours.of(a.hoursCenti()),
                                    a.request(),
                                    a.customerId(),
                                    a.vehicleId(),
                                    null))
                    .apply(tx);
            if (r.status() != ReceiptStatus.ACCEPTED) {
                throw ApiException.conflict(
                        "mechanicId",
                        ErrorCode.INVALID_STATE,
                        "the receipt would be rejected (" + r.rejectionReason() + "); the booking stays",
                        Map.of("reason", r.rejectionReason()));
            }
            tx.appointments().arrive(id, r.id(), mechanicId, now);
            if (a.depositPoints() > 0) {
                // the deposit pays the receipt's invoice when it is issued
                tx.receipts().setDepositPoints(r.id(), a.depositPoints());
            }
            events.append(tx, actor, r.id(), r.jobId(), new CustomerArrived(id, r.id()));
            return toApi(find(tx, id));
        };
    }

    private static AppointmentDao.Row find(Tx tx, long id) {
        return tx.appointments().find(id).orElseThrow(() -> ApiException.notFound("appointment", id));
    }

    static Appointment toApi(AppointmentDao.Row r) {
        return new Appointment(
                r.id(),
                r.customerId(),
                r.customerName(),
                r.vehicleId(),
                r.plate(),
                r.day(),
                time(r.startMinute()),
                time(r.endMinute()),
                Hours.of(r.hoursCenti()),
                r.mechanicId(),
                r.mechanicName(),
                r.bayId(),
                r.bayName(),
                r.request(),
                r.dropOff(),
                r.status(),
                r.rejectionReason(),
                r.cancelReason(),
                r.receiptId(),
                r.createdBy(),
                r.createdAt(),
                r.version(),
                r.depositPoints(),
                r.locationId());
    }
}
