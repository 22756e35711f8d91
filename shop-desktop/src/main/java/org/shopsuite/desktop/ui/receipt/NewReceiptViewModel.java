package org.shopsuite.desktop.ui.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ServerUnreachable;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.customers.CustomerText;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Phones;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Vehicle;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;

/**
 * The counter's new-receipt form. A submit that cannot reach the server is retried with the same
 * Idempotency-Key, so the receipt is created once however often it is sent.
 */
public final class NewReceiptViewModel {
    private final Session session;
    private final Tasks tasks;
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty customerPhone = new SimpleStringProperty("");
    private final StringProperty carId = new SimpleStringProperty("");
    private final StringProperty make = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty mileage = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<MechanicChoice> mechanic = new SimpleObjectProperty<>();
    private final StringProperty estimatedHours = new SimpleStringProperty("");
    private final StringProperty request = new SimpleStringProperty("");
    private final org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel declined;
    private final ObjectProperty<LocalDate> promisedDate = new SimpleObjectProperty<>();
    private final StringProperty promisedTime = new SimpleStringProperty("");
    private final StringProperty dateWarning = new SimpleStringProperty("");
    private boolean pastDateConfirmed;
    private long mechanicLoads;
    private final ObservableList<MechanicChoice> mechanics = FXCollections.observableArrayList();
    private final ObservableList<Receipt> suggestions = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty records = new SimpleStringProperty("");
    private final StringProperty inShop = new SimpleStringProperty("");
    private final StringProperty warnings = new SimpleStringProperty("");
    private final javafx.beans.binding.BooleanBinding filled = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> java.util.stream.Stream.of(
                            customerName, customerPhone, carId, make, model, year, mileage, estimatedHours, request)
                    .anyMatch(p -> p.get() != null && !p.get().isBlank()),
            customerName,
            customerPhone,
            carId,
            make,
            model,
            year,
            mileage,
            estimatedHours,
            request);
    private long finds;
    private String idempotencyKey = ShopClient.newIdempotencyKey();
    private Runnable retryLater = () -> {};
    private ReceiptInput pending;

    public NewReceiptViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.declined = new org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel(session, tasks);
        date.set(today()); // the shop's day, as the server counts it (not this computer's)
        date.addListener((o, a, b) -> {
            pastDateConfirmed = false; // a confirmation was for the day it named
            dateWarning.set(pastDateText(b));
            loadMechanics();
        });
        Forms.clearOnEdit(fieldErrors, "customerName", customerName);
        Forms.clearOnEdit(fieldErrors, "customerPhone", customerPhone);
        Forms.clearOnEdit(fieldErrors, "carId", carId);
        Forms.clearOnEdit(fieldErrors, "vehicle.make", make);
        Forms.clearOnEdit(fieldErrors, "vehicle.model", model);
        Forms.clearOnEdit(fieldErrors, "vehicle.year", year);
        Forms.clearOnEdit(fieldErrors, "vehicle.mileageKm", mileage);
        Forms.clearOnEdit(fieldErrors, "requestDate", date);
        Forms.clearOnEdit(fieldErrors, "mechanicId", mechanic);
        Forms.clearOnEdit(fieldErrors, "estimatedHours", estimatedHours);
        Forms.clearOnEdit(fieldErrors, "request", request);
        Forms.clearOnEdit(fieldErrors, "promisedAt", promisedDate);
        Forms.clearOnEdit(fieldErrors, "promisedAt", promisedTime);
        dateWarning.set(pastDateText(date.get()));
    }

    /** The shop's today: a request date before it is in the past. */
    private LocalDate today() {
        return LocalDate.now(ZoneId.of(session.shop().timezone()));
    }

    private long daysAgo(LocalDate day) {
        return day == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(day, today());
    }

    private String pastDateText(LocalDate day) {
        long ago = daysAgo(day);
        return ago <= 0
                ? ""
                : session.messages().get("receipt.pastDate", session.messages().date(day), ago);
    }

    /** Said beside the date while it is in the past (a receipt is usually for today or later). */
    public javafx.beans.property.ReadOnlyStringProperty dateWarningProperty() {
        return dateWarning;
    }

    /**
     * What to ask before a receipt is taken for a day in the past; null when the day is today or
     * later, or the user already confirmed this day.
     */
    public String pastDateQuestion() {
        long ago = daysAgo(date.get());
        return ago <= 0 || pastDateConfirmed
                ? null
                : session.messages()
                        .get("receipt.pastDate.confirm", session.messages().date(date.get()), ago);
    }

    /** The user confirmed the day in the past: the next submit takes it. */
    public void confirmPastDate() {
        pastDateConfirmed = true;
    }

    /** The day the car is promised back (optional). */
    public ObjectProperty<LocalDate> promisedDateProperty() {
        return promisedDate;
    }

    /** The time of day it is promised, "17:30" (blank: 18:00). */
    public StringProperty promisedTimeProperty() {
        return promisedTime;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty customerPhoneProperty() {
        return customerPhone;
    }

    public StringProperty carIdProperty() {
        return carId;
    }

    public StringProperty makeProperty() {
        return make;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty mileageProperty() {
        return mileage;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<MechanicChoice> mechanicProperty() {
        return mechanic;
    }

    public StringProperty estimatedHoursProperty() {
        return estimatedHours;
    }

    /** The found car's declined work from earlier visits, offered for the request. */
    public org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel declinedWork() {
        return declined;
    }

    /** Adds the work the customer declined last time to the request. */
    public void addDeclinedToRequest() {
        request.set(declined.addedTo(request.get()));
    }

    public StringProperty requestProperty() {
        return request;
    }

    public ObservableList<MechanicChoice> mechanics() {
        return mechanics;
    }

    public ObservableList<Receipt> suggestions() {
        return suggestions;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the records say of the typed plate and phone: the car, its owner, the last visits. */
    public StringProperty recordsProperty() {
        return records;
    }

    /** Empty, or the warning that the typed car is in the shop now (with its open receipts). */
    public StringProperty inShopProperty() {
        return inShop;
    }

    /** The warnings the server gave with the last receipt taken, one a line; empty when none. */
    public StringProperty warningsProperty() {
        return warnings;
    }

    /** How a retry is scheduled while the server is away (the view sets a timer). */
    public void setRetryScheduler(Runnable scheduler) {
        this.retryLater = scheduler;
    }

    /**
     * Loads every active mechanic with the hours left on the chosen date. Only the answer for the
     * latest request is shown: one for a date chosen before may come back after it.
     */
    public void loadMechanics() {
        LocalDate day = date.get();
        long mine = ++mechanicLoads;
        Long selected =
                mechanic.get() == null ? null : mechanic.get().mechanic().id();
        tasks.run(
                () -> {
                    List<MechanicChoice> out = new ArrayList<>();
                    for (Mechanic m : session.client().activeMechanics()) {
                        out.add(new MechanicChoice(
                                m, session.client().capacity(m.id(), day).remainingHours()));
                    }
                    return out;
                },
                list -> {
                    if (mine != mechanicLoads) {
                        return; // the hours of a date no longer chosen
                    }
                    mechanics.setAll(list);
                    if (selected != null) {
                        list.stream()
                                .filter(c -> c.mechanic().id() == selected)
                                .findFirst()
                                .ifPresent(mechanic::set);
                    }
                },
                failure -> {
                    if (mine == mechanicLoads) {
                        error.set(session.messages().describe(failure));
                    }
                });
    }

    /** Earlier customers matching what was typed (name, phone or car number). */
    public void lookup(String text) {
        if (text == null || text.strip().length() < 2) {
            suggestions.clear();
            return;
        }
        tasks.run(
                () -> {
                    Map<String, Receipt> byCustomer = new LinkedHashMap<>();
                    for (Receipt r : session.client()
                            .receipts(text.strip(), null, null, null, 20)
                            .items()) {
                        byCustomer.putIfAbsent(r.customerName() + "|" + r.carId(), r);
                    }
                    return new ArrayList<>(byCustomer.values());
                },
                suggestions::setAll,
                failure -> suggestions.clear());
    }

    private static final int VISITS_SHOWN = 3;

    /** What was found for the typed plate and phone. */
    record Found(String plate, String phone, VehicleRecord vehicle, Customer customer, List<Visit> visits) {}

    /**
     * Looks the typed plate (and, when the car is unknown, the phone) up in the records and says what
     * is known before the receipt is taken: the car and its owner, the last visits and mileage, and
     * whether the car is in the shop now. An answer to older typing that comes late is dropped.
     */
    public void findRecords() {
        String plate = carId.get() == null ? "" : carId.get().strip();
        String digits = Phones.digits(customerPhone.get());
        String phone = digits == null || digits.length() < 4 ? null : digits;
        long mine = ++finds;
        if (plate.isEmpty() && phone == null) {
            records.set("");
            inShop.set("");
            return;
        }
        tasks.run(
                () -> {
                    VehicleRecord v = plate.isEmpty()
                            ? null
                            : session.client().vehicles(plate, null, null, 1).items().stream()
                                    .filter(VehicleRecord::active)
                                    .findFirst()
                                    .orElse(null);
                    if (v != null) {
                        return new Found(
                                plate,
                                phone,
                                v,
                                session.client().customer(v.customerId()),
                                session.client().vehicleHistory(v.id(), VISITS_SHOWN));
                    }
                    Customer c = phone == null
                            ? null
                            : session.client().searchCustomers(phone, 1).items().stream()
                                    .findFirst()
                                    .orElse(null);
                    return new Found(plate, phone, null, c, List.of());
                },
                found -> {
                    if (mine == finds) {
                        show(found);
                    }
                },
                failure -> {
                    if (mine == finds) {
                        records.set("");
                        inShop.set("");
                    }
                });
    }

    private void show(Found f) {
        org.shopsuite.desktop.ui.Messages m = session.messages();
        List<String> lines = new ArrayList<>();
        VehicleRecord v = f.vehicle();
        Customer c = f.customer();
        if (v != null) {
            String car = java.util.stream.Stream.of(
                            v.make(),
                            v.model(),
                            v.year() == null ? null : v.year().toString())
                    .filter(x -> x != null && !x.isBlank())
                    .collect(java.util.stream.Collectors.joining(" "));
            lines.add(m.get(
                    "receipt.lookup.car", v.plate(), car, c == null ? v.customerName() : CustomerText.result(c, m)));
            if (v.lastMileageKm() != null) {
                lines.add(m.get("receipt.lookup.lastMileage", CustomerText.km(v.lastMileageKm(), m)));
            }
            if (f.visits().isEmpty()) {
                lines.add(m.get("receipt.lookup.noVisits"));
            } else {
                lines.add(m.get("receipt.lookup.visits"));
                for (Visit visit : f.visits()) {
                    lines.add("   " + m.date(visit.date())
                            + (visit.mileageKm() == null ? "" : "  ·  " + CustomerText.km(visit.mileageKm(), m))
                            + "  ·  " + visit.request());
                }
            }
            fillBlank(make, v.make());
            fillBlank(model, v.model());
            fillBlank(year, v.year() == null ? null : v.year().toString());
            if (c != null) {
                fillBlank(customerName, c.name());
            }
        } else {
            if (!f.plate().isEmpty()) {
                lines.add(m.get("receipt.lookup.newCar", f.plate()));
            }
            if (c != null) {
                lines.add(m.get("receipt.lookup.customer", CustomerText.result(c, m)));
                fillBlank(customerName, c.name());
            } else if (f.phone() != null) {
                lines.add(m.get("receipt.lookup.newCustomer"));
            }
        }
        records.set(String.join("\n", lines));
        declined.load(v == null ? null : v.id());
        inShop.set(
                v == null || v.openReceiptIds() == null || v.openReceiptIds().isEmpty()
                        ? ""
                        : m.get("receipt.lookup.inShop", CustomerText.ids(v.openReceiptIds())));
    }

    private static void fillBlank(StringProperty field, String value) {
        if ((field.get() == null || field.get().isBlank()) && value != null) {
            field.set(value);
        }
    }

    /** Fills the customer and car fields from an earlier receipt. */
    public void pick(Receipt earlier) {
        customerName.set(earlier.customerName());
        customerPhone.set(earlier.customerPhone() == null ? "" : earlier.customerPhone());
        carId.set(earlier.carId());
        Vehicle v = earlier.vehicle();
        if (v != null) {
            make.set(v.make() == null ? "" : v.make());
            model.set(v.model() == null ? "" : v.model());
            year.set(v.year() == null ? "" : v.year().toString());
            mileage.set(v.mileageKm() == null ? "" : v.mileageKm().toString());
        }
        suggestions.clear();
    }

    public void submit() {
        fieldErrors.clear();
        error.set("");
        warnings.set("");
        outcome.set(null); // a new attempt: the previous outcome banner goes
        ReceiptInput in = input();
        if (in == null) {
            return;
        }
        if (pastDateQuestion() != null) {
            // a backdated receipt is never taken silently: the view asks first
            fieldErrors.put("requestDate", session.messages().get("receipt.pastDate.unconfirmed"));
            return;
        }
        pending = in;
        send(in, idempotencyKey);
    }

    /** Sends the waiting request again, unchanged, with its key (scheduled while offline). */
    public void retry() {
        if (pending != null && busy.get()) {
            send(pending, idempotencyKey);
        }
    }

    /** Gives up waiting for the server; the form keeps what was typed. */
    public void cancelRetry() {
        pending = null;
        busy.set(false);
    }

    /** A receipt as the server took it, with the hours its mechanic had left when it was rejected. */
    private record Sent(Receipt receipt, BigDecimal remainingHours) {}

    /** The hours the mechanic of a rejected receipt has left on its day; null if that cannot be read now. */
    private BigDecimal remainingOf(Receipt r) {
        try {
            return session.client().capacity(r.mechanicId(), r.requestDate()).remainingHours();
        } catch (RuntimeException e) {
            return null; // the receipt is taken; the message then says less
        }
    }

    private void send(ReceiptInput in, String key) {
        busy.set(true);
        tasks.run(
                () -> {
                    Receipt made = session.client().createReceipt(in, key);
                    return new Sent(made, made.status() == ReceiptStatus.REJECTED ? remainingOf(made) : null);
                },
                sent -> {
                    Receipt receipt = sent.receipt();
                    busy.set(false);
                    pending = null;
                    error.set("");
                    warnings.set(
                            receipt.warnings() == null
                                    ? ""
                                    : receipt.warnings().stream()
                                            .map(w -> "• " + session.messages().warning(w))
                                            .collect(java.util.stream.Collectors.joining("\n")));
                    List<MechanicChoice> alternatives = mechanics.stream()
                            .filter(c -> c.mechanic().id() != receipt.mechanicId())
                            .filter(c -> c.fits(receipt.estimatedHours()))
                            .toList();
                    outcome.set(new Outcome(
                            receipt,
                            sent.remainingHours(),
                            // on a closed day no other mechanic is an alternative either
                            receipt.status() == ReceiptStatus.ACCEPTED
                                            || "SHOP_CLOSED".equals(receipt.rejectionReason())
                                    ? List.of()
                                    : alternatives));
                    if (receipt.status() == org.shopsuite.model.ReceiptStatus.ACCEPTED) {
                        clear();
                    } else {
                        idempotencyKey = ShopClient.newIdempotencyKey();
                    }
                    loadMechanics();
                },
                failure -> {
                    if (failure instanceof ServerUnreachable) {
                        error.set(session.messages().get("receipt.offline"));
                        retryLater.run();
                        return;
                    }
                    busy.set(false);
                    pending = null;
                    outcome.set(null); // an error is never shown beside a success
                    if (failure instanceof ApiError e && !e.errors().isEmpty()) {
                        e.errors()
                                .forEach(fe -> fieldErrors.put(
                                        fe.field(), session.messages().field(fe)));
                    }
                    error.set(session.messages().describe(failure));
                });
    }

    /** Builds the request, or marks the fields that cannot be sent as typed. */
    ReceiptInput input() {
        BigDecimal hours = decimal("estimatedHours", estimatedHours.get());
        Integer y = whole("vehicle.year", year.get());
        Integer km = whole("vehicle.mileageKm", mileage.get());
        if (mechanic.get() == null) {
            fieldErrors.put("mechanicId", session.messages().get("field.is.required"));
        }
        java.time.Instant promised = PromisedTime.of(
                promisedDate.get(),
                promisedTime.get(),
                ZoneId.of(session.shop().timezone()),
                fieldErrors,
                session.messages().get("receipts.promised.needsDate"),
                session.messages().get("receipts.promised.badTime"));
        if (!fieldErrors.isEmpty()) {
            // Nothing is sent, so the server cannot name the other empty fields: name them here, so the
            // counter sees everything missing at once (when the form can be sent, the server checks).
            for (var f : java.util.Map.of("customerName", customerName, "carId", carId, "request", request)
                    .entrySet()) {
                if (f.getValue().get() == null || f.getValue().get().isBlank()) {
                    fieldErrors.put(f.getKey(), session.messages().get("field.is.required"));
                }
            }
            return null;
        }
        Vehicle vehicle = make.get().isBlank() && model.get().isBlank() && y == null && km == null
                ? null
                : new Vehicle(null, blankToNull(make.get()), blankToNull(model.get()), y, km);
        return new ReceiptInput(
                customerName.get(),
                blankToNull(customerPhone.get()),
                carId.get(),
                vehicle,
                mechanic.get().mechanic().id(),
                date.get(),
                hours,
                request.get(),
                null,
                null,
                promised);
    }

    /** Starts a fresh form (after an accepted receipt). */
    /** Something is typed in the form: clearing it would lose it, so the form asks first. */
    public javafx.beans.binding.BooleanBinding filledProperty() {
        return filled;
    }

    public void clear() {
        customerName.set("");
        customerPhone.set("");
        carId.set("");
        make.set("");
        model.set("");
        year.set("");
        mileage.set("");
        estimatedHours.set("");
        request.set("");
        promisedDate.set(null);
        promisedTime.set("");
        pastDateConfirmed = false; // the next receipt for a past day is asked about again
        fieldErrors.clear();
        finds++; // an answer still on its way is for the form just cleared
        records.set("");
        inShop.set("");
        declined.clear();
        idempotencyKey = ShopClient.newIdempotencyKey();
    }

    /** Remaining hours change whenever someone books or frees hours. */
    public void onEvent(Event e) {
        switch (e.type()) {
            case ManDayDecreased, ManDayRestored, JobFinished, MechanicCreated, MechanicUpdated -> loadMechanics();
            default -> {}
        }
    }

    private BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            fieldErrors.put(field, session.messages().get("field.is.required"));
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            fieldErrors.put(field, session.messages().get("field.must.be.a.number"));
            return null;
        }
    }

    private Integer whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            fieldErrors.put(field, session.messages().get("field.must.be.a.whole.number"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
