package org.shopsuite.desktop.ui.customers;

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
import org.shopsuite.model.Customer;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.VehicleRecord;

/**
 * Picks another customer by search, with a reason: the new owner of a car (transfer) or the
 * duplicate folded into this customer (merge, a manager's). The view asks for a confirmation that
 * names both before {@link #submit}.
 */
public final class PickCustomerViewModel {
    /** The fields errors are shown next to. */
    public static final String CUSTOMER = "customer";

    public static final String REASON = "reason";

    /** What the picked customer is for. */
    public enum Purpose {
        TRANSFER,
        MERGE
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Purpose purpose;
    private final Customer from;
    private final VehicleRecord vehicle;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Customer> results = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> picked = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();
    private long searches;

    private PickCustomerViewModel(Session session, Tasks tasks, Purpose purpose, Customer from, VehicleRecord vehicle) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.purpose = purpose;
        this.from = from;
        this.vehicle = vehicle;
        Forms.clearOnEdit(fieldErrors, CUSTOMER, picked);
        Forms.clearOnEdit(fieldErrors, REASON, reason);
    }

    static PickCustomerViewModel transfer(Session s, Tasks t, Customer owner, VehicleRecord v) {
        return new PickCustomerViewModel(s, t, Purpose.TRANSFER, owner, v);
    }

    static PickCustomerViewModel merge(Session s, Tasks t, Customer survivor) {
        return new PickCustomerViewModel(s, t, Purpose.MERGE, survivor, null);
    }

    public Purpose purpose() {
        return purpose;
    }

    public String title() {
        return purpose == Purpose.TRANSFER
                ? m.get("vehicles.transfer.title", vehicle.plate())
                : m.get("customers.merge.title", CustomerText.name(from, m));
    }

    public String header() {
        return purpose == Purpose.TRANSFER
                ? m.get("vehicles.transfer.header", vehicle.plate(), CustomerText.name(from, m))
                : m.get("customers.merge.header", CustomerText.name(from, m));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Customer> results() {
        return results;
    }

    public ObjectProperty<Customer> pickedProperty() {
        return picked;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Customers matching what is typed, without the one the form starts from. */
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
                                .filter(c -> c.id() != from.id() && c.mergedIntoId() == null)
                                .toList());
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** Checks what the user must give; true when the form may be confirmed and sent. */
    public boolean check() {
        fieldErrors.clear();
        error.set("");
        if (picked.get() == null) {
            fieldErrors.put(
                    CUSTOMER, m.get(purpose == Purpose.TRANSFER ? "vehicles.transfer.pick" : "customers.merge.pick"));
        }
        if (reason.get() == null || reason.get().isBlank()) {
            fieldErrors.put(REASON, m.get("field.is.required"));
        }
        return fieldErrors.isEmpty();
    }

    /** What the confirmation asks, naming both customers (and the car). */
    public String confirmation() {
        Customer to = picked.get();
        return purpose == Purpose.TRANSFER
                ? m.get(
                        "vehicles.transfer.confirm",
                        vehicle.plate(),
                        CustomerText.name(from, m),
                        CustomerText.result(to, m))
                : m.get(
                        "customers.merge.confirm",
                        CustomerText.result(to, m),
                        to.id(),
                        CustomerText.result(from, m),
                        from.id());
    }

    /** Sends the transfer or merge (after {@link #check} and the confirmation); {@code done} gets the message to show. */
    public void submit(Consumer<String> done) {
        if (busy.get() || !check()) {
            return;
        }
        Customer to = picked.get();
        String why = reason.get().strip();
        busy.set(true);
        tasks.run(
                () -> {
                    if (purpose == Purpose.TRANSFER) {
                        session.client().transferVehicle(vehicle.id(), new TransferInput(to.id(), why), key);
                        return m.get("vehicles.transferred", vehicle.plate(), CustomerText.name(to, m));
                    }
                    session.client().mergeCustomers(from.id(), new MergeInput(to.id(), why), key);
                    return m.get("customers.merged", CustomerText.name(to, m), CustomerText.name(from, m));
                },
                text -> {
                    busy.set(false);
                    done.accept(text);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                    for (String named : new String[] {"customerId", "duplicateId"}) {
                        String text = fieldErrors.remove(named);
                        if (text != null) {
                            fieldErrors.put(CUSTOMER, text);
                        }
                    }
                });
    }
}
