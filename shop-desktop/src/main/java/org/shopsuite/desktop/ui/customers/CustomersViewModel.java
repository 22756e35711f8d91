package org.shopsuite.desktop.ui.customers;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.Role;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;

/**
 * The counter's customers: search as you type (name, phone or plate), the chosen customer's card,
 * their vehicles, and the chosen vehicle's visits, newest first. Edits go through the form view
 * models this one hands out; after each, the card is read again.
 */
public final class CustomersViewModel {
    private static final int RESULTS = 30;

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Customer> results = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ObservableList<VehicleRecord> vehicles = FXCollections.observableArrayList();
    private final ObjectProperty<VehicleRecord> vehicle = new SimpleObjectProperty<>();
    private final ObservableList<Visit> history = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canMerge;
    private long searches;
    private final org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel declined;
    private final CustomerPointsViewModel points;

    public CustomersViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        boolean manager = session.user().role() == Role.MANAGER;
        this.canMerge = Bindings.createBooleanBinding(() -> manager && customer.get() != null, customer);
        vehicle.addListener((o, a, b) -> loadHistory(b));
        this.declined = new org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel(session, tasks);
        vehicle.addListener((o, a, b) -> declined.load(b == null ? null : b.id()));
        this.points = new CustomerPointsViewModel(session, tasks);
    }

    /** Where this screen's server calls run (the reminders dialog shares it). */
    Tasks tasks() {
        return tasks;
    }

    /** The shown customer's points and coupons. */
    public CustomerPointsViewModel points() {
        return points;
    }

    /** A form to sell points to the shown customer, or null when none is shown. */
    public SellPointsViewModel sellPointsForm() {
        Customer c = customer.get();
        return c == null ? null : points.sellForm(CustomerText.name(c, m));
    }

    /** Points were sold: say so and show the new balance. */
    public void pointsSold(org.shopsuite.model.PointsPurchase p) {
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(m.locale());
        message.set(m.get(
                "points.sold",
                f.format(p.points()),
                m.money(p.amount(), session.shop().currency()),
                f.format(p.balance())));
        points.reload();
    }

    /** The chosen vehicle's declined work from earlier visits. */
    public org.shopsuite.desktop.ui.estimates.DeclinedWorkViewModel declinedWork() {
        return declined;
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

    public ObservableList<Visit> history() {
        return history;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Only a manager merges customers; the button is not shown to anyone else. */
    public boolean mayMerge() {
        return session.user().role() == Role.MANAGER;
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    /** Searches what is typed now; an answer to an older keystroke that comes late is dropped. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        long mine = ++searches;
        if (q.isEmpty()) {
            results.clear();
            return;
        }
        tasks.run(
                () -> session.client().searchCustomers(q, RESULTS).items(),
                found -> {
                    if (mine == searches) {
                        error.set("");
                        results.setAll(found);
                    }
                },
                this::fail);
    }

    /** Shows a customer's card, vehicles and the first vehicle's history. */
    public void select(Customer c) {
        if (c == null) {
            return;
        }
        message.set("");
        load(c.id(), null);
    }

    /** Reads the shown customer again (after an edit, or when someone else changed them). */
    public void reload() {
        Customer c = customer.get();
        if (c != null) {
            load(c.id(), vehicle.get() == null ? null : vehicle.get().id());
        }
    }

    private record Card(Customer customer, List<VehicleRecord> vehicles) {}

    private void load(long id, Long keepVehicle) {
        tasks.run(
                () -> {
                    Customer c = session.client().customer(id);
                    List<VehicleRecord> cars = new ArrayList<>();
                    for (long v : c.vehicleIds()) {
                        cars.add(session.client().vehicle(v));
                    }
                    return new Card(c, cars);
                },
                card -> {
                    error.set("");
                    customer.set(card.customer());
                    points.load(card.customer().id());
                    vehicles.setAll(card.vehicles());
                    VehicleRecord pick = card.vehicles().stream()
                            .filter(v -> keepVehicle != null && v.id() == keepVehicle)
                            .findFirst()
                            .orElse(
                                    card.vehicles().isEmpty()
                                            ? null
                                            : card.vehicles().get(0));
                    boolean same = pick != null && pick.equals(vehicle.get());
                    vehicle.set(pick);
                    if (same) {
                        loadHistory(pick); // the same car as before: its visits may have changed all the same
                    }
                    results.replaceAll(r -> r.id() == card.customer().id() ? card.customer() : r);
                },
                this::fail);
    }

    private void loadHistory(VehicleRecord v) {
        if (v == null) {
            history.clear();
            return;
        }
        long id = v.id();
        tasks.run(
                () -> session.client().vehicleHistory(id, 200),
                visits -> {
                    if (vehicle.get() != null && vehicle.get().id() == id) {
                        history.setAll(visits);
                    }
                },
                this::fail);
    }

    /** A form for a new customer. */
    public CustomerFormViewModel newCustomerForm() {
        return new CustomerFormViewModel(session, tasks, null);
    }

    /** A form to edit the shown customer, or null when none is shown. */
    public CustomerFormViewModel editCustomerForm() {
        return customer.get() == null ? null : new CustomerFormViewModel(session, tasks, customer.get());
    }

    /** A form for a new vehicle of the shown customer, or null when none is shown. */
    public VehicleFormViewModel newVehicleForm() {
        return customer.get() == null
                ? null
                : new VehicleFormViewModel(session, tasks, customer.get().id(), null);
    }

    /** A form to edit the chosen vehicle, or null when none is chosen. */
    public VehicleFormViewModel editVehicleForm() {
        VehicleRecord v = vehicle.get();
        return v == null ? null : new VehicleFormViewModel(session, tasks, v.customerId(), v);
    }

    /** A form to give the chosen vehicle to another customer, or null when none is chosen. */
    public PickCustomerViewModel transferForm() {
        VehicleRecord v = vehicle.get();
        return v == null || customer.get() == null
                ? null
                : PickCustomerViewModel.transfer(session, tasks, customer.get(), v);
    }

    /** A form to fold a duplicate into the shown customer (manager), or null. */
    public PickCustomerViewModel mergeForm() {
        return canMerge.get() ? PickCustomerViewModel.merge(session, tasks, customer.get()) : null;
    }

    /** A customer was saved by a form: show them. */
    public void saved(Customer c) {
        message.set(m.get("customers.saved", CustomerText.name(c, m)));
        if (results.stream().noneMatch(r -> r.id() == c.id())) {
            results.add(0, c);
        }
        load(c.id(), vehicle.get() == null ? null : vehicle.get().id());
    }

    /** A vehicle was saved, transferred or merged: read the card again, keeping that car chosen. */
    /**
     * The "Comeback…" form for a finished visit of the car shown (its last odometer reading to start
     * with); null for a visit that is not a finished repair.
     */
    public org.shopsuite.desktop.ui.warranty.RegisterComebackViewModel comebackForm(Visit visit) {
        if (!org.shopsuite.desktop.ui.warranty.RegisterComebackViewModel.mayRegister(visit)) {
            return null;
        }
        VehicleRecord v = vehicle.get();
        Integer last = v != null && v.id() == visit.vehicleId() ? v.lastMileageKm() : null;
        return new org.shopsuite.desktop.ui.warranty.RegisterComebackViewModel(session, tasks, visit, last);
    }

    public void changed(String text, Long keepVehicle) {
        message.set(text);
        Customer c = customer.get();
        if (c != null) {
            load(c.id(), keepVehicle);
        }
    }

    /**
     * Someone else changed the customer shown, one of their cars or a visit shown: the card is read
     * again; their points or coupons changed: those are.
     */
    public void onEvent(Event e) {
        ShownCard shown = new ShownCard(customer.get(), List.copyOf(vehicles), List.copyOf(history));
        if (shown.changedBy(e)) {
            reload();
        } else if (shown.pointsChangedBy(e)) {
            points.reload();
        }
    }

    private void fail(Throwable t) {
        message.set("");
        error.set(m.describe(t));
    }
}
