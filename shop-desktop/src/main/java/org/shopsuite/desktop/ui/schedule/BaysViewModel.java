package org.shopsuite.desktop.ui.schedule;

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
import org.shopsuite.model.Bay;
import org.shopsuite.model.BayInput;

/**
 * The shop's bays (lifts): the list in name order, out-of-use ones too; a new bay by name; the
 * selected one renamed, taken out of use or brought back.
 */
public final class BaysViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Bay> bays = FXCollections.observableArrayList();
    private final ObjectProperty<Bay> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();

    public BaysViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        selected.addListener((o, a, b) -> {
            name.set(b == null ? "" : b.name());
            active.set(b != null && b.active());
            fieldErrors.remove("name");
        });
        Forms.clearOnEdit(fieldErrors, "newName", newName);
    }

    public ObservableList<Bay> bays() {
        return bays;
    }

    public ObjectProperty<Bay> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty activeProperty() {
        return active;
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

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(
                () -> session.client().bays(true),
                all -> {
                    bays.setAll(all);
                    selected.set(all.stream()
                            .filter(b -> keep != null && b.id() == keep)
                            .findFirst()
                            .orElse(null));
                },
                t -> error.set(m.describe(t)));
    }

    /** Adds a bay by the name typed (one Idempotency-Key until it is taken). */
    public void add() {
        fieldErrors.clear();
        error.set("");
        message.set("");
        if (newName.get() == null || newName.get().isBlank()) {
            fieldErrors.put("newName", m.get("bays.nameNeeded"));
            return;
        }
        String k = key;
        BayInput in = new BayInput(newName.get().strip(), true);
        busy.set(true);
        tasks.run(
                () -> session.client().createBay(in, k),
                b -> {
                    busy.set(false);
                    key = ShopClient.newIdempotencyKey();
                    newName.set("");
                    message.set(m.get("bays.added", b.name()));
                    load();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && !e.errors().isEmpty()) {
                        // the server names "name": it is the new bay's field here
                        fieldErrors.put("newName", m.field(e.errors().get(0)));
                        return;
                    }
                    error.set(m.describe(t));
                });
    }

    /** Saves the selected bay's name and whether it is in use. */
    public void save() {
        Bay b = selected.get();
        if (b == null) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        message.set("");
        BayInput in = new BayInput(name.get(), active.get());
        busy.set(true);
        tasks.run(
                () -> session.client().updateBay(b.id(), b.version(), in),
                saved -> {
                    busy.set(false);
                    message.set(m.get("bays.saved", saved.name()));
                    load();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        error.set(m.get("bays.changedMeanwhile"));
                        load();
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
