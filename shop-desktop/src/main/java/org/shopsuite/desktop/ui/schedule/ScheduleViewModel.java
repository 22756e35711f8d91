package org.shopsuite.desktop.ui.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.Bay;
import org.shopsuite.model.Event;
import org.shopsuite.model.Schedule;

/**
 * The schedule screen (the control room): a day's bays and mechanics with their bookings, or a
 * week's bookings per bay; the day's bookings listed with what can be done to the selected one
 * (arrive, no-show, cancel, reschedule); a cursor on the day's grid from which a free slot is
 * booked. Kept current by the live events, a reload asked for while one runs done once after it.
 */
public final class ScheduleViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty week = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ScheduleGrid.Day> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ScheduleGrid.WeekDay>> weekDays = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<Bay> bays = FXCollections.observableArrayList();
    private final ObservableList<Appointment> appointments = FXCollections.observableArrayList();
    private final ObjectProperty<Appointment> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Long> arrivedReceipt = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Cell> cursor = new SimpleObjectProperty<>(new Cell(0, 0));
    private final BooleanBinding booked;
    private final BooleanBinding canNoShow;
    private boolean loading;
    private boolean stale;
    private long loads;

    public ScheduleViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.booked = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().status() == AppointmentStatus.BOOKED, selected);
        this.canNoShow = Bindings.createBooleanBinding(
                () -> booked.get() && !selected.get().date().isAfter(today()), selected, booked);
        date.set(today());
        date.addListener((o, a, b) -> {
            if (b == null) {
                date.set(a == null ? today() : a);
                return;
            }
            refresh();
        });
        week.addListener((o, a, b) -> refresh());
    }

    /** Today in the shop's time zone. */
    public LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of(session.shop().timezone()));
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Week view when true, day view otherwise. */
    public BooleanProperty weekProperty() {
        return week;
    }

    /** The day laid out for the grid (null until loaded). */
    public ReadOnlyObjectProperty<ScheduleGrid.Day> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** The shown week's days (Monday first), for the week view. */
    public ReadOnlyObjectProperty<List<ScheduleGrid.WeekDay>> weekDaysProperty() {
        return weekDays.getReadOnlyProperty();
    }

    /** The active bays, rows of the week view. */
    public ObservableList<Bay> bays() {
        return bays;
    }

    /** The day's appointments, every status, in time order (the week's in week view). */
    public ObservableList<Appointment> appointments() {
        return appointments;
    }

    public ObjectProperty<Appointment> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The receipt the last arrival made (to offer opening it), or null. */
    public ReadOnlyObjectProperty<Long> arrivedReceiptProperty() {
        return arrivedReceipt.getReadOnlyProperty();
    }

    /** The selected booking can arrive, be cancelled or moved. */
    public BooleanBinding bookedProperty() {
        return booked;
    }

    /** A no-show only on or after the booking's day. */
    public BooleanBinding canNoShowProperty() {
        return canNoShow;
    }

    // ---- navigation ---------------------------------------------------------------------------

    /** The previous day (week in week view). */
    public void previous() {
        date.set(date.get().minusDays(week.get() ? 7 : 1));
    }

    /** The next day (week in week view). */
    public void next() {
        date.set(date.get().plusDays(week.get() ? 7 : 1));
    }

    public void goToday() {
        date.set(today());
    }

    /** A day of the week view opened as a day. */
    public void openDay(LocalDate d) {
        week.set(false);
        date.set(d);
    }

    // ---- loading ------------------------------------------------------------------------------

    /** Reloads what is shown; a reload asked for while one runs is done once it ends. */
    public void refresh() {
        if (loading) {
            stale = true;
            return;
        }
        loading = true;
        stale = false;
        busy.set(true);
        LocalDate d = date.get();
        boolean weekly = week.get();
        long mine = ++loads;
        tasks.run(
                () -> weekly ? loadWeek(d) : loadDay(d),
                loaded -> {
                    finished();
                    if (mine == loads && d.equals(date.get()) && weekly == week.get()) {
                        show(loaded);
                    }
                },
                t -> {
                    finished();
                    error.set(m.describe(t));
                });
    }

    private void finished() {
        loading = false;
        busy.set(false);
        if (stale) {
            refresh();
        }
    }

    /** What a load brought: the day's schedule, or the week's bays; and the appointments. */
    private record Loaded(Schedule schedule, List<Bay> bays, List<Appointment> appointments) {}

    private Loaded loadDay(LocalDate d) {
        ShopClient c = session.client();
        Schedule s = c.schedule(d);
        return new Loaded(s, null, c.appointments(d, d, null, null, null));
    }

    private Loaded loadWeek(LocalDate d) {
        ShopClient c = session.client();
        LocalDate monday = ScheduleGrid.weekStart(d);
        return new Loaded(null, c.bays(false), c.appointments(monday, monday.plusDays(6), null, null, null));
    }

    private void show(Loaded l) {
        error.set("");
        List<Appointment> sorted = l.appointments.stream()
                .sorted(java.util.Comparator.comparing(Appointment::date)
                        .thenComparing(a -> ScheduleGrid.minutes(a.startTime()))
                        .thenComparingLong(Appointment::id))
                .toList();
        Appointment was = selected.get();
        appointments.setAll(sorted);
        selected.set(
                was == null
                        ? null
                        : sorted.stream()
                                .filter(a -> a.id() == was.id())
                                .findFirst()
                                .orElse(null));
        if (l.schedule != null) {
            schedule.set(l.schedule);
            day.set(ScheduleGrid.day(l.schedule, sorted));
            clampCursor();
        } else {
            bays.setAll(l.bays);
            weekDays.set(ScheduleGrid.week(date.get(), sorted));
        }
    }

    /** Live events: a booking, a bay, the hours or the days off changed, or a mechanic's hours. */
    public void onEvent(Event e) {
        switch (e.type()) {
            case AppointmentBooked,
                    AppointmentRejected,
                    AppointmentCancelled,
                    AppointmentRescheduled,
                    CustomerArrived,
                    AppointmentNoShow,
                    BayCreated,
                    BayUpdated,
                    OpeningHoursChanged,
                    DaysOffChanged,
                    ManDayDecreased,
                    ManDayRestored -> refresh();
            default -> {}
        }
    }

    // ---- the grid's cursor --------------------------------------------------------------------

    /** A cell of the day's grid: its row (bays, then mechanics) and 15-minute column. */
    public record Cell(int row, int column) {}

    /** The cursor's cell on the day's grid. */
    public ReadOnlyObjectProperty<Cell> cursorProperty() {
        return cursor;
    }

    /** Moves the cursor by rows and columns, kept on the grid. */
    public void moveCursor(int rows, int columns) {
        Cell c = cursor.get();
        setCursor(c.row() + rows, c.column() + columns);
    }

    public void setCursor(int row, int column) {
        ScheduleGrid.Day d = day.get();
        if (d == null || d.closed() || d.rows().isEmpty()) {
            cursor.set(new Cell(0, 0));
            return;
        }
        int r = Math.max(0, Math.min(d.rows().size() - 1, row));
        int c = Math.max(0, Math.min(d.axis().columns() - 1, column));
        cursor.set(new Cell(r, c));
    }

    private void clampCursor() {
        Cell c = cursor.get();
        setCursor(c.row(), c.column());
    }

    /** The booking whose block is under the cursor, or null. */
    public Appointment atCursor() {
        ScheduleGrid.Day d = day.get();
        if (d == null || d.closed() || d.rows().isEmpty()) {
            return null;
        }
        Cell c = cursor.get();
        return d.rows().get(c.row()).blocks().stream()
                .filter(b -> b.column() <= c.column() && c.column() < b.column() + b.span())
                .map(ScheduleGrid.Block::appointment)
                .findFirst()
                .orElse(null);
    }

    /**
     * Enter on the grid: a booking under the cursor is selected (answered null); a free cell of a
     * bay is answered as a booking form for its date, start and bay; elsewhere a form for the time.
     */
    public BookingViewModel activateCursor() {
        Appointment a = atCursor();
        if (a != null) {
            selected.set(a);
            return null;
        }
        ScheduleGrid.Day d = day.get();
        if (d == null || d.closed() || d.rows().isEmpty()) {
            return bookingForm(null, null);
        }
        Cell c = cursor.get();
        ScheduleGrid.Row row = d.rows().get(c.row());
        String start = ScheduleGrid.time(d.axis().start(c.column()));
        return bookingForm(start, row.kind() == ScheduleGrid.Kind.BAY && row.isFree(c.column()) ? row.id() : null);
    }

    // ---- actions on the selected booking ------------------------------------------------------

    /** A new booking's form, pre-filled with the shown day and, when given, the start and bay. */
    public BookingViewModel bookingForm(String start, Long bayId) {
        return new BookingViewModel(session, tasks, date.get(), start, bayId);
    }

    /** Whether arriving needs a mechanic to be named (the booking has none). */
    public boolean arrivalNeedsMechanic() {
        Appointment a = selected.get();
        return a != null && a.mechanicId() == null;
    }

    /** The mechanics to choose from for an arrival: the day's, with their hours and day off. */
    public List<MechanicOption> mechanicsForArrival() {
        Schedule s = schedule.get();
        if (s == null) {
            return List.of();
        }
        return s.mechanics().stream()
                .map(r -> new MechanicOption(
                        r.mechanicId(),
                        r.dayOff()
                                ? m.get("schedule.mechanic.dayOff", r.name())
                                : m.get(
                                        "schedule.mechanic.left",
                                        r.name(),
                                        m.hours(r.capacityHours().subtract(r.bookedHours()))),
                        r.dayOff()))
                .toList();
    }

    /** A mechanic as a choice: its label says the hours left or the day off. */
    public record MechanicOption(Long id, String label, boolean dayOff) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The customer came: the receipt is made; {@code mechanicId} when the booking has none. */
    public void arrive(Long mechanicId) {
        Appointment a = selected.get();
        if (a == null || a.status() != AppointmentStatus.BOOKED || busy.get()) {
            return;
        }
        act("arrive", k -> session.client().arrive(a.id(), mechanicId, k), done -> {
            arrivedReceipt.set(done.receiptId());
            message.set(m.get("schedule.arrived", String.valueOf(done.receiptId()), done.plate()));
        });
    }

    /** The customer did not come (on or after the booking's day). */
    public void noShow() {
        Appointment a = selected.get();
        if (a == null || !canNoShow.get() || busy.get()) {
            return;
        }
        act(
                "noShow",
                k -> session.client().noShow(a.id(), k),
                done -> message.set(m.get("schedule.noShowDone", done.plate(), done.startTime())));
    }

    /** The key of the action being tried: a retry of the same action on the same booking keeps it. */
    private String actionKey;

    private String actionFor;

    private void act(String action, java.util.function.Function<String, Appointment> call, Consumer<Appointment> done) {
        Appointment a = selected.get();
        String what = a.id() + "/" + a.version() + "/" + action;
        if (!what.equals(actionFor)) {
            actionKey = ShopClient.newIdempotencyKey();
            actionFor = what;
        }
        String k = actionKey;
        busy.set(true);
        error.set("");
        message.set("");
        arrivedReceipt.set(null);
        tasks.run(
                () -> call.apply(k),
                r -> {
                    busy.set(false);
                    actionFor = null;
                    replace(r);
                    done.accept(r);
                    refresh();
                },
                t -> {
                    busy.set(false);
                    error.set(describe(t, m));
                });
    }

    /** A booking's block dropped on a cell: moved to that start on that lift, if it fits (else why not). */
    public void dropOn(Appointment a, Cell c) {
        ScheduleGrid.Day d = day.get();
        if (d == null || d.closed() || a.status() != AppointmentStatus.BOOKED || busy.get()) {
            return;
        }
        ScheduleGrid.Row row = d.rows().get(c.row());
        String start = ScheduleGrid.time(d.axis().start(c.column()));
        if (row.kind() != ScheduleGrid.Kind.BAY
                || (start.equals(a.startTime()) && a.bayId() != null && a.bayId() == row.id())) {
            return;
        }
        selected.set(a);
        act(
                "move",
                k -> session.client()
                        .reschedule(
                                a.id(),
                                new org.shopsuite.model.RescheduleInput(d.date(), start, null, null, row.id()),
                                k),
                done -> rescheduled(done));
    }

    /** The appointment as it now stands, in the list (and selected if it was). */
    public void replace(Appointment r) {
        for (int i = 0; i < appointments.size(); i++) {
            if (appointments.get(i).id() == r.id()) {
                appointments.set(i, r);
            }
        }
        if (selected.get() != null && selected.get().id() == r.id()) {
            selected.set(r);
        }
    }

    public CancelAppointmentViewModel cancelForm() {
        Appointment a = selected.get();
        return a == null || a.status() != AppointmentStatus.BOOKED
                ? null
                : new CancelAppointmentViewModel(session, tasks, a);
    }

    /** Cancelled through the form: the list shows it so, the grid lets the slot go. */
    public void cancelled(Appointment a) {
        replace(a);
        message.set(m.get("schedule.cancelled", a.plate(), a.startTime()));
        refresh();
    }

    public RescheduleViewModel rescheduleForm() {
        Appointment a = selected.get();
        if (a == null || a.status() != AppointmentStatus.BOOKED) {
            return null;
        }
        Schedule s = schedule.get();
        return new RescheduleViewModel(session, tasks, a, s == null ? List.of() : s.mechanics());
    }

    public void rescheduled(Appointment a) {
        replace(a);
        message.set(m.get("schedule.rescheduled", a.plate(), m.date(a.date()), a.startTime()));
        refresh();
    }

    /** Booked (or stored rejected) through the form. */
    public void booked(Appointment a) {
        message.set(
                a.status() == AppointmentStatus.BOOKED
                        ? m.get("schedule.booked", a.plate(), m.date(a.date()), a.startTime(), a.bayName())
                        : rejection(a.rejectionReason(), m));
        refresh();
    }

    // ---- words ----------------------------------------------------------------------------------

    /** A status in the user's language. */
    public static String status(AppointmentStatus s, Messages m) {
        return m.get("appointment.status." + s.name());
    }

    /** Why a booking was rejected (or a move refused), in the user's language. */
    public static String reason(String code, Messages m) {
        String key = "appointment.reason." + code;
        return m.bundle().containsKey(key) ? m.get(key) : code;
    }

    public static String rejection(String code, Messages m) {
        return m.get("schedule.rejected", reason(code, m));
    }

    /** A failure: a refused move or arrival names its reason (params.reason), else as usual. */
    public static String describe(Throwable t, Messages m) {
        if (t instanceof ApiError e && e.status() == 409) {
            for (org.shopsuite.model.FieldError fe : e.errors()) {
                Object r = fe.params().get("reason");
                if (r != null) {
                    return m.get("schedule.refused", reason(r.toString(), m));
                }
            }
        }
        return m.describe(t);
    }

    /** The status column's text: a rejection or cancellation says why. */
    public String statusText(Appointment a) {
        String s = status(a.status(), m);
        if (a.status() == AppointmentStatus.REJECTED && a.rejectionReason() != null) {
            return s + ": " + reason(a.rejectionReason(), m);
        }
        if (a.status() == AppointmentStatus.CANCELLED && a.cancelReason() != null) {
            return s + ": " + a.cancelReason();
        }
        if (a.status() == AppointmentStatus.ARRIVED && a.receiptId() != null) {
            return m.get("schedule.arrivedAs", s, String.valueOf(a.receiptId()));
        }
        return s;
    }

    /** A block's words: the time, the car and the customer. */
    public static String blockText(Appointment a) {
        return a.startTime() + " " + a.plate() + "\n" + a.customerName();
    }

    /** A block's tooltip: everything about the booking. */
    public String blockDetail(Appointment a) {
        return m.get(
                "schedule.block.detail",
                a.startTime(),
                a.endTime(),
                a.plate(),
                a.customerName(),
                a.mechanicName() == null ? m.get("schedule.none") : a.mechanicName(),
                a.bayName() == null ? m.get("schedule.none") : a.bayName(),
                status(a.status(), m),
                a.request() == null ? "" : a.request());
    }

    /** The load bar's words: booked of capacity hours, or the day off. */
    public String loadText(ScheduleGrid.Row r) {
        return r.dayOff()
                ? m.get("schedule.dayOff")
                : m.get("schedule.load", m.hours(r.bookedHours()), m.hours(r.capacityHours()));
    }

    /** The shown day's heading: the date and its weekday, or the week's first and last day. */
    public String heading() {
        LocalDate d = date.get();
        if (week.get()) {
            LocalDate monday = ScheduleGrid.weekStart(d);
            return m.get("schedule.weekOf", m.date(monday), m.date(monday.plusDays(6)));
        }
        return m.date(d) + " (" + m.get("day." + d.getDayOfWeek().name()) + ")";
    }
}
