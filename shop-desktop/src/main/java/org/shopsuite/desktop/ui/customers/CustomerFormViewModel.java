package org.shopsuite.desktop.ui.customers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;

/**
 * Adds a customer or edits one. An edit is sent with the version it was read at: when someone
 * else saved the customer in between (412), the form says so and shows what is stored now.
 */
public final class CustomerFormViewModel {
    /** The fields errors are shown next to ({@code phones[1]} shows at {@code phones}). */
    public static final List<String> FIELDS = List.of("name", "phones", "email", "address", "notes");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private Customer current;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    CustomerFormViewModel(Session session, Tasks tasks, Customer current) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        fill(current);
        for (String f : FIELDS) {
            Forms.clearOnEdit(fieldErrors, f, property(f));
        }
    }

    private StringProperty property(String field) {
        return switch (field) {
            case "name" -> name;
            case "phones" -> phones;
            case "email" -> email;
            case "address" -> address;
            default -> notes;
        };
    }

    private void fill(Customer c) {
        current = c;
        name.set(c == null || c.name() == null ? "" : c.name());
        phones.set(c == null ? "" : CustomerText.phones(c));
        email.set(c == null || c.email() == null ? "" : c.email());
        address.set(c == null || c.address() == null ? "" : c.address());
        notes.set(c == null || c.notes() == null ? "" : c.notes());
        consent.set(c != null && c.consentToMessages());
    }

    public boolean editing() {
        return current != null;
    }

    public String title() {
        return current == null
                ? m.get("customers.add.title")
                : m.get("customers.edit.title", CustomerText.name(current, m));
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Phones as typed, separated by commas. */
    public StringProperty phonesProperty() {
        return phones;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty consentProperty() {
        return consent;
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

    CustomerInput input() {
        List<String> typed = Arrays.stream(phones.get().split("[,;/]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new CustomerInput(
                Forms.blankToNull(name.get()),
                typed,
                Forms.blankToNull(email.get()),
                Forms.blankToNull(address.get()),
                Forms.blankToNull(notes.get()),
                consent.get());
    }

    /** Saves; {@code done} gets the customer as stored. */
    public void submit(Consumer<Customer> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        CustomerInput in = input();
        Customer was = current;
        busy.set(true);
        tasks.run(
                () -> was == null
                        ? session.client().createCustomer(in, key)
                        : session.client().updateCustomer(was.id(), was.version(), in),
                saved -> {
                    busy.set(false);
                    done.accept(saved);
                },
                t -> {
                    busy.set(false);
                    if (Stale.is(t) && was != null) {
                        Stale.reload(tasks, () -> session.client().customer(was.id()), this::fill, error, m);
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                    Stale.foldIndexed(fieldErrors, "phones");
                });
    }
}
