package org.shopsuite.desktop.ui.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.customers.CustomerText;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentInput;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.Availability;
import org.shopsuite.model.Customer;
import org.shopsuite.model.DropOff;
import org.shopsuite.model.VehicleRecord;

/**
 * "New booking": a customer found by name, phone or plate and one of their cars, the day, the
 * hours, a start time offered from what is free (GET /availability for those hours), a mechanic
 * (optional, with the hours they have left or their day off), a lift (optional: the first free),
 * the request and whether the customer drops the car off or waits. A booking that does not fit is
 * stored rejected, as receipts are: the form says why and stays open for another try.
 */
public final class BookingViewModel {
    /** The fields errors are shown next to. */
    public static final String CUSTOMER = "customer";

    public static final String VEHICLE = "vehicle";

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Customer> results = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ObservableList<VehicleRecord> vehicles = FXCollections.observableArrayList();
    private final ObjectProperty<VehicleRecord> vehicle = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty hours = new SimpleStringProperty("1");
    private final StringProperty start = new SimpleStringProperty("");
    private final ObservableList<String> startTimes = FXCollections.observableArrayList();
    private final ObservableList<Option> mechanics = FXCollections.observableArrayList();
    private final ObjectProperty<Option> mechanic = new SimpleObjectProperty<>();
    private final ObservableList<Option> bays = FXCollections.observableArrayList();
    private final ObjectProperty<Option> bay = new SimpleObjectProperty<>();
    private final StringProperty request = new SimpleStringProperty("");
    private final ObjectProperty<DropOff> dropOff = new SimpleObjectProperty<>(DropOff.DROP);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Availability availability;
    private final Long wantedBay;
    private String key = ShopClient.newIdempotencyKey();
    private AppointmentInput lastSent;
    private long searches;
    private long availabilityLoads;

    /** A choice of mechanic or lift; a null id is "none" or "the first free". */
    public record Option(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    BookingViewModel(Session session, Tasks tasks, LocalDate day, String startTime, Long bayId) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.wantedBay = bayId;
        date.set(day);
        start.set(startTime == null ? "" : startTime);
        mechanics.add(noMechanic());
        mechanic.set(mechanics.get(0));
        bays.add(anyBay());
        bay.set(bays.get(0));
        Forms.clearOnEdit(fieldErrors, CUSTOMER, customer);
        Forms.clearOnEdit(fieldErrors, VEHICLE, vehicle);
        Forms.clearOnEdit(fieldErrors, "date", date);
        Forms.clearOnEdit(fieldErrors, "hours", hours);
        Forms.clearOnEdit(fieldErrors, "startTime", start);
        Forms.clearOnEdit(fieldErrors, "request", request);
        customer.addListener((o, a, b) -> loadVehicles(b));
        date.addListener((o, a, b) -> loadAvailability());
        hours.addListener((o, a, b) -> loadAvailability());
        bay.addListener((o, a, b) -> offerStartTimes());
        start.addListener((o, a, b) -> updateNote());
    }

    private Option noMechanic() {
        return new Option(null, m.get("booking.mechanic.none"));
    }

    private Option anyBay() {
        return new Option(null, m.get("booking.bay.any"));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Customer> results() {
        return results;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public ObservableList<VehicleRecord> vehicles() {
        return vehicles;
    }

    public ObjectProperty<VehicleRecord> vehicleProperty() {
        return vehicle;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty startProperty() {
        return start;
    }

    /** The quarter hours free for the hours asked (on the chosen lift, or on any). */
    public ObservableList<String> startTimes() {
        return startTimes;
    }

    public ObservableList<Option> mechanics() {
        return mechanics;
    }

    public ObjectProperty<Option> mechanicProperty() {
        return mechanic;
    }

    public ObservableList<Option> bays() {
        return bays;
    }

    public ObjectProperty<Option> bayProperty() {
        return bay;
    }

    public StringProperty requestProperty() {
        return request;
    }

    public ObjectProperty<DropOff> dropOffProperty() {
        return dropOff;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the availability says about the day (closed, nothing free). */
    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A customer as a search result: name, phone and cars. */
    public String customerText(Customer c) {
        return CustomerText.result(c, m);
    }

    /** A car as a choice: plate, make and model. */
    public static String vehicleText(VehicleRecord v) {
        StringBuilder b = new StringBuilder(v.plate());
        String car = String.join(
                " ",
                java.util.stream.Stream.of(v.make(), v.model())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        if (!car.isEmpty()) {
            b.append("  ").append(car);
        }
        return b.toString();
    }

    /** Customers matching what is typed (a name from its start, a phone, a plate). */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        long mine = ++searches;
        if (q.isEmpty()) {
            results.clear();
            return;
        }
        tasks.run(
                () -> session.client().searchCustomers(q, 30).items(),
                found -> {
                    if (mine == searches) {
                        results.setAll(found.stream()
                                .filter(c -> c.mergedIntoId() == null)
                                .toList());
                    }
                },
                t -> error.set(m.describe(t)));
    }

    private void loadVehicles(Customer c) {
        vehicles.clear();
        vehicle.set(null);
        if (c == null) {
            return;
        }
        String typed = query.get() == null ? "" : query.get().replaceAll("[\\s-]", "");
        tasks.run(
                () -> {
                    List<VehicleRecord> out = new ArrayList<>();
                    for (Long id : c.vehicleIds() == null ? List.<Long>of() : c.vehicleIds()) {
                        VehicleRecord v = session.client().vehicle(id);
                        if (v.active()) {
                            out.add(v);
                        }
                    }
                    return out;
                },
                found -> {
                    if (customer.get() == null || customer.get().id() != c.id()) {
                        return; // another customer was picked meanwhile
                    }
                    vehicles.setAll(found);
                    VehicleRecord pick = found.size() == 1
                            ? found.get(0)
                            : found.stream()
                                    .filter(v -> !typed.isEmpty() && v.plate().contains(typed))
                                    .findFirst()
                                    .orElse(null);
                    vehicle.set(pick);
                },
                t -> error.set(m.describe(t)));
    }

    /** Loads what is free on the date for the hours typed (called once the form is shown, then on changes). */
    public void loadAvailability() {
        LocalDate d = date.get();
        BigDecimal h = hoursOrNull();
        long mine = ++availabilityLoads;
        if (d == null || h == null) {
            return;
        }
        tasks.run(
                () -> session.client().availability(d, h),
                a -> {
                    if (mine == availabilityLoads) {
                        showAvailability(a);
                    }
                },
                t -> error.set(m.describe(t)));
    }

    private BigDecimal hoursOrNull() {
        try {
            BigDecimal h = new BigDecimal(hours.get().strip().replace(',', '.'));
            return h.signum() > 0 && h.compareTo(BigDecimal.valueOf(24)) <= 0 ? h : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void showAvailability(Availability a) {
        availability = a;
        Long mechanicId = mechanic.get() == null ? null : mechanic.get().id();
        Long bayId = bay.get() == null || bay.get().id() == null
                ? wantedBayOnce()
                : bay.get().id();
        List<Option> ms = new ArrayList<>();
        ms.add(noMechanic());
        for (Availability.MechanicHours h : a.mechanics()) {
            ms.add(new Option(
                    h.mechanicId(),
                    h.dayOff()
                            ? m.get("schedule.mechanic.dayOff", h.name())
                            : m.get("schedule.mechanic.left", h.name(), m.hours(h.remainingHours()))));
        }
        mechanics.setAll(ms);
        mechanic.set(ms.stream()
                .filter(o -> java.util.Objects.equals(o.id(), mechanicId))
                .findFirst()
                .orElse(ms.get(0)));
        List<Option> bs = new ArrayList<>();
        bs.add(anyBay());
        for (Availability.BayTimes b : a.bays()) {
            bs.add(new Option(b.bayId(), b.name()));
        }
        bays.setAll(bs);
        bay.set(bs.stream()
                .filter(o -> java.util.Objects.equals(o.id(), bayId))
                .findFirst()
                .orElse(bs.get(0)));
        offerStartTimes();
    }

    private boolean wantedUsed;

    /** The lift the form was opened on, chosen the first time the lifts are known. */
    private Long wantedBayOnce() {
        if (wantedUsed) {
            return null;
        }
        wantedUsed = true;
        return wantedBay;
    }

    private void offerStartTimes() {
        Availability a = availability;
        if (a == null) {
            return;
        }
        Long bayId = bay.get() == null ? null : bay.get().id();
        TreeSet<String> times = new TreeSet<>();
        for (Availability.BayTimes b : a.bays()) {
            if (bayId == null || b.bayId() == bayId) {
                times.addAll(b.startTimes());
            }
        }
        // A list of times replaced may clear the picked one (a combo box's value): keep it.
        String wanted = start.get() == null ? "" : start.get().strip();
        startTimes.setAll(times);
        if (wanted.isEmpty() && !times.isEmpty()) {
            wanted = times.first();
        }
        start.set(wanted);
        updateNote();
    }

    /** What the day offers, and whether the start picked is among it. */
    private void updateNote() {
        Availability a = availability;
        if (a == null) {
            return;
        }
        String wanted = start.get() == null ? "" : start.get().strip();
        if (a.closed()) {
            note.set(m.get("booking.closed", m.date(a.date())));
        } else if (startTimes.isEmpty()) {
            note.set(m.get("booking.nothingFree", m.hours(a.hours())));
        } else if (!wanted.isEmpty() && !startTimes.contains(wanted)) {
            note.set(m.get("booking.startTaken", wanted));
        } else {
            note.set(
                    m.get("booking.free", startTimes.size(), startTimes.get(0), startTimes.get(startTimes.size() - 1)));
        }
    }

    /**
     * Sends the booking. {@code stored} gets what was stored (booked or rejected); {@code close} is
     * run only when it was booked: a rejection stays on the form with its reason.
     */
    public void submit(Consumer<Appointment> stored, Runnable close) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        if (customer.get() == null) {
            fieldErrors.put(CUSTOMER, m.get("booking.pickCustomer"));
        }
        if (vehicle.get() == null) {
            fieldErrors.put(VEHICLE, m.get("booking.pickVehicle"));
        }
        if (date.get() == null) {
            fieldErrors.put("date", m.get("field.is.required"));
        }
        String startTime = ScheduleForms.startTime(fieldErrors, "startTime", start.get(), m);
        BigDecimal h = ScheduleForms.hours(fieldErrors, "hours", hours.get(), m);
        String req = Forms.blankToNull(request.get());
        if (req == null) {
            fieldErrors.put("request", m.get("field.is.required"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        AppointmentInput in = new AppointmentInput(
                customer.get().id(),
                vehicle.get().id(),
                date.get(),
                startTime,
                h,
                mechanic.get() == null ? null : mechanic.get().id(),
                bay.get() == null ? null : bay.get().id(),
                req,
                dropOff.get());
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same booking keeps its key
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().book(in, k),
                a -> {
                    busy.set(false);
                    lastSent = null; // stored either way: trying again is a new booking
                    stored.accept(a);
                    if (a.status() == AppointmentStatus.BOOKED) {
                        close.run();
                    } else {
                        error.set(ScheduleViewModel.rejection(a.rejectionReason(), m));
                        loadAvailability();
                    }
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError) {
                        lastSent = null; // answered: a new try is a new request (unreachable: the same)
                    }
                    ScheduleForms.fail(fieldErrors, error, t, m);
                    String c = fieldErrors.remove("customerId");
                    if (c != null) {
                        fieldErrors.put(CUSTOMER, c);
                    }
                    String v = fieldErrors.remove("vehicleId");
                    if (v != null) {
                        fieldErrors.put(VEHICLE, v);
                    }
                });
    }
}
