package org.shopsuite.desktop.ui.customers;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Fuel;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.model.VehicleRecord;

/**
 * Adds a car to a customer or edits one (never its owner: that is a transfer). An edit is sent
 * with the version it was read at; a 412 says someone else saved it and shows what is stored now.
 */
public final class VehicleFormViewModel {
    /** The fields errors are shown next to. */
    public static final List<String> FIELDS =
            List.of("plate", "vin", "make", "model", "year", "colour", "firstRegisteredOn");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final long customerId;
    private VehicleRecord current;
    private final StringProperty plate = new SimpleStringProperty("");
    private final StringProperty vin = new SimpleStringProperty("");
    private final StringProperty make = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final ObjectProperty<Fuel> fuel = new SimpleObjectProperty<>();
    private final StringProperty colour = new SimpleStringProperty("");
    /** The day the car was first registered: its age decides a comeback's free re-repair window. */
    private final ObjectProperty<java.time.LocalDate> firstRegisteredOn = new SimpleObjectProperty<>();

    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    VehicleFormViewModel(Session session, Tasks tasks, long customerId, VehicleRecord current) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.customerId = customerId;
        fill(current);
        Forms.clearOnEdit(fieldErrors, "plate", plate);
        Forms.clearOnEdit(fieldErrors, "vin", vin);
        Forms.clearOnEdit(fieldErrors, "make", make);
        Forms.clearOnEdit(fieldErrors, "model", model);
        Forms.clearOnEdit(fieldErrors, "year", year);
        Forms.clearOnEdit(fieldErrors, "colour", colour);
    }

    private void fill(VehicleRecord v) {
        current = v;
        plate.set(v == null ? "" : v.plate());
        vin.set(v == null || v.vin() == null ? "" : v.vin());
        make.set(v == null || v.make() == null ? "" : v.make());
        model.set(v == null || v.model() == null ? "" : v.model());
        year.set(v == null || v.year() == null ? "" : v.year().toString());
        fuel.set(v == null ? null : v.fuel());
        colour.set(v == null || v.colour() == null ? "" : v.colour());
        firstRegisteredOn.set(v == null ? null : v.firstRegisteredOn());
        active.set(v == null || v.active());
    }

    public boolean editing() {
        return current != null;
    }

    public String title() {
        return current == null ? m.get("vehicles.add.title") : m.get("vehicles.edit.title", current.plate());
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public StringProperty vinProperty() {
        return vin;
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

    public ObjectProperty<Fuel> fuelProperty() {
        return fuel;
    }

    public StringProperty colourProperty() {
        return colour;
    }

    public ObjectProperty<java.time.LocalDate> firstRegisteredOnProperty() {
        return firstRegisteredOn;
    }

    /** False for a car scrapped or sold away: its plate is then free. */
    public BooleanProperty activeProperty() {
        return active;
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

    /** Saves; {@code done} gets the vehicle as stored (with any warning about its VIN). */
    public void submit(Consumer<VehicleRecord> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        Long y = Forms.whole(fieldErrors, "year", year.get(), m);
        if (!fieldErrors.isEmpty()) {
            return;
        }
        VehicleInput in = new VehicleInput(
                Forms.blankToNull(plate.get()),
                Forms.blankToNull(vin.get()),
                Forms.blankToNull(make.get()),
                Forms.blankToNull(model.get()),
                y == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, y)),
                fuel.get(),
                Forms.blankToNull(colour.get()),
                current == null ? customerId : null,
                active.get(),
                firstRegisteredOn.get());
        VehicleRecord was = current;
        busy.set(true);
        tasks.run(
                () -> was == null
                        ? session.client().createVehicle(in, key)
                        : session.client().updateVehicle(was.id(), was.version(), in),
                saved -> {
                    busy.set(false);
                    done.accept(saved);
                },
                t -> {
                    busy.set(false);
                    if (Stale.is(t) && was != null) {
                        Stale.reload(tasks, () -> session.client().vehicle(was.id()), this::fill, error, m);
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
