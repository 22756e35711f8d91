package org.shopsuite.server.service.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.shopsuite.model.Bay;
import org.shopsuite.model.BayInput;
import org.shopsuite.model.DaysOff;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.OpeningDay;
import org.shopsuite.model.OpeningHours;
import org.shopsuite.model.Page;
import org.shopsuite.model.event.BayCreated;
import org.shopsuite.model.event.BayUpdated;
import org.shopsuite.model.event.DaysOffChanged;
import org.shopsuite.model.event.OpeningHoursChanged;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.db.schedule.ScheduleDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/**
 * The shop's bookable resources and when they are there: bays (lifts), the opening hours of each
 * day of the week and the holidays, and each mechanic's days off. {@link #unavailable} is the one
 * check every commitment of a mechanic's day makes before its hours.
 */
public final class ScheduleService {
    /** A receipt (or booking) on a day the shop is closed. */
    public static final String SHOP_CLOSED = "SHOP_CLOSED";

    /** A receipt (or booking) on the mechanic's day off. */
    public static final String MECHANIC_OFF = "MECHANIC_OFF";

    private static final int MAX_DATES = 1000;

    private final Database db;
    private final EventStore events;
    private final Times times;

    public ScheduleService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
    }

    /**
     * Why a mechanic cannot take work at a location on {@code date}: {@link #SHOP_CLOSED} (a holiday
     * or a closed day of the week there), {@link #MECHANIC_OFF}, or null when the day is open to them.
     */
    public static String unavailable(Tx tx, long mechanicId, LocalDate date, long locationId) {
        ScheduleDao.Closure c =
                tx.schedule().closure(mechanicId, date, date.getDayOfWeek().getValue(), locationId);
        return c.shopClosed() ? SHOP_CLOSED : c.dayOff() ? MECHANIC_OFF : null;
    }

    /** The refusal of a change that would put a mechanic's work on a day they cannot take it. */
    public static ApiException refusal(String reason, String field, String mechanicName, LocalDate date) {
        return ApiException.conflict(
                field,
                ErrorCode.INVALID_STATE,
                SHOP_CLOSED.equals(reason)
                        ? "the shop is closed on " + date
                        : date + " is a day off of " + mechanicName,
                Map.of("reason", reason, "date", date.toString()));
    }

    // ---- bays --------------------------------------------------------------------------------

    /** A location's bays in name order. */
    public Page<Bay> bays(long locationId, Boolean active, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        List<ScheduleDao.BayRow> rows = db.read(tx -> tx.schedule()
                .bays(
                        locationId,
                        after == null ? null : after.name(),
                        after == null ? 0 : after.id(),
                        active,
                        limit + 1));
        return Pages.byName(rows, limit, ScheduleDao.BayRow::name, ScheduleDao.BayRow::id, ScheduleService::toApi);
    }

    public Bay bay(long id) {
        return db.read(tx -> toApi(findBay(tx, id)));
    }

    public BayInput bayAsInput(long id) {
        Bay b = bay(id);
        return new BayInput(b.name(), b.active());
    }

    /** A bay at the session's location. */
    public Change<Bay> createBay(Actor actor, BayInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 60);
        c.done();
        boolean active = in.active() == null || in.active();
        return tx -> {
            unique(tx, actor.locationId(), name, 0);
            long id = tx.schedule().insertBay(name, active, actor.locationId(), times.now());
            events.append(tx, actor, null, null, new BayCreated(id, name, actor.locationId()));
            return toApi(findBay(tx, id));
        };
    }

    public Change<Bay> updateBay(Actor actor, long id, long version, BayInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 60);
        Boolean active = c.required("active", in.active());
        c.done();
        return tx -> {
            ScheduleDao.BayRow row = findBay(tx, id);
            if (row.version() != version) {
                throw ApiException.preconditionFailed(row.version());
            }
            unique(tx, row.locationId(), name, id);
            if (tx.schedule().updateBay(id, version, name, active, times.now()) == 0) {
                throw ApiException.preconditionFailed(row.version());
            }
            events.append(tx, actor, null, null, new BayUpdated(id, name, active));
            return toApi(findBay(tx, id));
        };
    }

    private static void unique(Tx tx, long locationId, String name, long except) {
        tx.schedule().bayNamed(locationId, name, except).ifPresent(other -> {
            throw ApiException.conflict(
                    "name",
                    ErrorCode.NOT_UNIQUE,
                    "bay name '" + name + "' is already used by bay " + other + " at this location");
        });
    }

    private static ScheduleDao.BayRow findBay(Tx tx, long id) {
        return tx.schedule().bay(id).orElseThrow(() -> ApiException.notFound("bay", id));
    }

    private static Bay toApi(ScheduleDao.BayRow r) {
        return new Bay(r.id(), r.name(), r.active(), r.version(), r.locationId());
    }

    // ---- opening hours -----------------------------------------------------------------------

    /** A location's opening hours and holidays. */
    public OpeningHours hours(long locationId) {
        return db.read(tx -> hours(tx, locationId));
    }

    private static OpeningHours hours(Tx tx, long locationId) {
        ScheduleDao dao = tx.schedule();
        long version = hoursVersion(dao, locationId);
        List<OpeningDay> week = new ArrayList<>();
        for (ScheduleDao.DayRow d : dao.week(locationId)) {
            week.add(new OpeningDay(DayOfWeek.of(d.dayOfWeek()), d.opens(), d.closes(), d.closed()));
        }
        return new OpeningHours(week, dao.holidays(locationId), version, locationId);
    }

    private static long hoursVersion(ScheduleDao dao, long locationId) {
        return dao.hoursVersion(locationId)
                .orElseThrow(() -> ApiException.invalid(
                        "locationId", ErrorCode.NOT_FOUND, "location " + locationId + " does not exist"));
    }

    /**
     * Replaces a location's week and holidays. Each day of the week is listed once: open from {@code
     * opens} to {@code closes} ({@code HH:mm}, opening before closing), or {@code closed: true}.
     */
    public Change<OpeningHours> setHours(Actor actor, long locationId, long version, OpeningHours in) {
        Check c = new Check();
        List<OpeningDay> given = c.required("weekdays", in == null ? null : in.weekdays());
        List<LocalDate> holidays = in == null || in.holidays() == null ? List.of() : in.holidays();
        List<ScheduleDao.DayRow> rows = new ArrayList<>();
        List<OpeningDay> week = new ArrayList<>();
        if (given != null) {
            java.util.EnumSet<DayOfWeek> seen = java.util.EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < given.size(); i++) {
                OpeningDay d = given.get(i);
                String at = "weekdays[" + i + "]";
                if (d == null) {
                    c.fail(at, ErrorCode.REQUIRED, "a day is missing");
                    continue;
                }
                if (d.day() == null) {
                    c.fail(at + ".day", ErrorCode.REQUIRED, "is required");
                    continue;
                }
                if (!seen.add(d.day())) {
                    c.fail(at + ".day", ErrorCode.NOT_UNIQUE, d.day() + " is listed twice");
                    continue;
                }
                boolean closed = Boolean.TRUE.equals(d.closed());
                LocalTime opens = closed ? null : time(c, at + ".opens", d.opens());
                LocalTime closes = closed ? null : time(c, at + ".closes", d.closes());
                if (opens != null && closes != null && !opens.isBefore(closes)) {
                    c.fail(at + ".closes", ErrorCode.OUT_OF_RANGE, "must be after the opening time " + d.opens());
                }
                String o = opens == null ? null : opens.toString();
                String e = closes == null ? null : closes.toString();
                rows.add(new ScheduleDao.DayRow(d.day().getValue(), o, e, closed));
                week.add(new OpeningDay(d.day(), o, e, closed));
            }
            if (c.ok() && seen.size() != 7) {
                c.fail(
                        "weekdays",
                        ErrorCode.TOO_SHORT,
                        "must list each day of the week once (7 days)",
                        Map.of("min", 7));
            }
        }
        if (holidays.size() > MAX_DATES) {
            c.fail("holidays", ErrorCode.TOO_LONG, "at most " + MAX_DATES + " dates", Map.of("max", MAX_DATES));
        }
        for (int i = 0; i < holidays.size(); i++) {
            if (holidays.get(i) == null) {
                c.fail("holidays[" + i + "]", ErrorCode.REQUIRED, "is required");
            }
        }
        c.done();
        rows.sort(java.util.Comparator.comparingInt(ScheduleDao.DayRow::dayOfWeek));
        week.sort(java.util.Comparator.comparing(OpeningDay::day));
        List<LocalDate> days = List.copyOf(new TreeSet<>(holidays));
        return tx -> {
            ScheduleDao dao = tx.schedule();
            long current = hoursVersion(dao, locationId);
            if (current != version || dao.bumpHoursVersion(locationId, version) == 0) {
                throw ApiException.preconditionFailed(current);
            }
            dao.clearWeek(locationId);
            dao.insertWeek(locationId, rows);
            dao.clearHolidays(locationId);
            if (!days.isEmpty()) {
                dao.insertHolidays(locationId, days);
            }
            events.append(tx, actor, null, null, new OpeningHoursChanged(week, days, locationId));
            return hours(tx, locationId);
        };
    }

    private static LocalTime time(Check c, String field, String value) {
        if (value == null) {
            c.fail(field, ErrorCode.REQUIRED, "is required unless the day is closed");
            return null;
        }
        if (!value.matches("[0-2][0-9]:[0-5][0-9]")) {
            c.fail(field, ErrorCode.PATTERN, "must be a time written HH:mm", Map.of("pattern", "HH:mm"));
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            c.fail(field, ErrorCode.PATTERN, "must be a time written HH:mm", Map.of("pattern", "HH:mm"));
            return null;
        }
    }

    // ---- days off ----------------------------------------------------------------------------

    /** A mechanic's days off; a mechanic may read only their own. */
    public DaysOff daysOff(Actor actor, long mechanicId) {
        if (actor.mechanicId() != null && actor.mechanicId() != mechanicId) {
            throw ApiException.forbidden("a mechanic sees only their own days off");
        }
        return db.read(tx -> daysOff(tx, mechanicId));
    }

    private static DaysOff daysOff(Tx tx, long mechanicId) {
        long version = tx.schedule()
                .daysOffVersion(mechanicId)
                .orElseThrow(() -> ApiException.notFound("mechanic", mechanicId));
        return new DaysOff(mechanicId, tx.schedule().daysOff(mechanicId), version);
    }

    /** Replaces a mechanic's days off; the event names the days added and taken back. */
    public Change<DaysOff> setDaysOff(Actor actor, long mechanicId, long version, DaysOff in) {
        Check c = new Check();
        List<LocalDate> given = c.required("dates", in == null ? null : in.dates());
        if (given != null) {
            if (given.size() > MAX_DATES) {
                c.fail("dates", ErrorCode.TOO_LONG, "at most " + MAX_DATES + " dates", Map.of("max", MAX_DATES));
            }
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) == null) {
                    c.fail("dates[" + i + "]", ErrorCode.REQUIRED, "is required");
                }
            }
        }
        c.done();
        TreeSet<LocalDate> wanted = new TreeSet<>(given);
        return tx -> {
            MechanicDao.Row m =
                    tx.mechanics().find(mechanicId).orElseThrow(() -> ApiException.notFound("mechanic", mechanicId));
            ScheduleDao dao = tx.schedule();
            long current = dao.daysOffVersion(mechanicId).orElseThrow();
            if (current != version || dao.bumpDaysOffVersion(mechanicId, version) == 0) {
                throw ApiException.preconditionFailed(current);
            }
            TreeSet<LocalDate> before = new TreeSet<>(dao.daysOff(mechanicId));
            List<LocalDate> added =
                    wanted.stream().filter(d -> !before.contains(d)).toList();
            List<LocalDate> removed =
                    before.stream().filter(d -> !wanted.contains(d)).toList();
            if (!removed.isEmpty()) {
                dao.deleteDaysOff(mechanicId, removed);
            }
            if (!added.isEmpty()) {
                dao.insertDaysOff(mechanicId, added);
            }
            events.append(tx, actor, null, null, new DaysOffChanged(mechanicId, m.name(), added, removed));
            return daysOff(tx, mechanicId);
        };
    }
}
