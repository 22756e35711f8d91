package org.shopsuite.desktop.ui.manage;

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
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Location;
import org.shopsuite.model.LocationInput;

/**
 * The chain's locations (issue 22): the list in name order; the selected one's details changed, or a
 * new one's entered after "New location". Location 1 is the shop itself: its address, phone,
 * registration number, invoice prefix and time zone are the shop settings' too.
 */
public final class LocationsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    /** The location being edited; null while a new one is entered. */
    private final ObjectProperty<Location> selected = new SimpleObjectProperty<>();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final StringProperty invoicePrefix = new SimpleStringProperty("");
    private final StringProperty timezone = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();

    public LocationsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        selected.addListener((o, a, b) -> show(b));
        Forms.clearOnEdit(fieldErrors, "name", name);
        Forms.clearOnEdit(fieldErrors, "address", address);
        Forms.clearOnEdit(fieldErrors, "phone", phone);
        Forms.clearOnEdit(fieldErrors, "businessRegistrationNumber", registrationNumber);
        Forms.clearOnEdit(fieldErrors, "invoicePrefix", invoicePrefix);
        Forms.clearOnEdit(fieldErrors, "timezone", timezone);
    }

    private void show(Location l) {
        name.set(l == null ? "" : l.name());
        address.set(l == null ? "" : l.address());
        phone.set(l == null ? "" : l.phone());
        registrationNumber.set(
                l == null || l.businessRegistrationNumber() == null ? "" : l.businessRegistrationNumber());
        invoicePrefix.set(l == null ? "" : l.invoicePrefix());
        // a new location is most likely where the others are
        timezone.set(
                l != null
                        ? l.timezone()
                        : locations.isEmpty() ? "" : locations.get(0).timezone());
        fieldErrors.clear();
    }

    public ObservableList<Location> locations() {
        return locations;
    }

    public ObjectProperty<Location> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public StringProperty invoicePrefixProperty() {
        return invoicePrefix;
    }

    public StringProperty timezoneProperty() {
        return timezone;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the list again, keeping the selected location selected. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(
                () -> session.client().locations(),
                all -> {
                    locations.setAll(all);
                    selected.set(all.stream()
                            .filter(l -> keep != null && l.id() == keep)
                            .findFirst()
                            .orElse(null));
                    if (keep == null) {
                        show(null);
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** An empty form for a new location. */
    public void startNew() {
        error.set("");
        message.set("");
        if (selected.get() == null) {
            show(null);
        } else {
            selected.set(null);
        }
    }

    /** Adds the new location (one Idempotency-Key until it is taken) or saves the selected one. */
    public void save() {
        fieldErrors.clear();
        error.set("");
        message.set("");
        LocationInput in = new LocationInput(
                name.get(), address.get(), phone.get(), registrationNumber.get(), invoicePrefix.get(), timezone.get());
        Location current = selected.get();
        busy.set(true);
        String k = key;
        tasks.run(
                () -> current == null
                        ? session.client().createLocation(in, k)
                        : session.client().updateLocation(current.id(), current.version(), in),
                saved -> {
                    busy.set(false);
                    if (current == null) {
                        key = ShopClient.newIdempotencyKey();
                    }
                    message.set(m.get(current == null ? "locations.added" : "locations.saved", saved.name()));
                    selected.set(saved);
                    load();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        error.set(m.get("locations.changedMeanwhile"));
                        load();
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
