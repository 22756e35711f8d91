package org.shopsuite.desktop.ui.purchasing;

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
import org.shopsuite.model.Supplier;
import org.shopsuite.model.SupplierInput;

/** A new supplier or an edit (sent with the supplier's version); the server's field errors beside fields. */
public final class SupplierFormViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Supplier editing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty businessNumber = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    /** @param editing the supplier to edit, or null for a new one */
    public SupplierFormViewModel(Session session, Tasks tasks, Supplier editing) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.editing = editing;
        if (editing != null) {
            name.set(editing.name());
            phone.set(Forms.text(editing.phone()));
            email.set(Forms.text(editing.email()));
            businessNumber.set(Forms.text(editing.businessNumber()));
            notes.set(Forms.text(editing.notes()));
            active.set(editing.active());
        }
        Forms.clearOnEdit(fieldErrors, "name", name);
        Forms.clearOnEdit(fieldErrors, "phone", phone);
        Forms.clearOnEdit(fieldErrors, "email", email);
        Forms.clearOnEdit(fieldErrors, "businessNumber", businessNumber);
        Forms.clearOnEdit(fieldErrors, "notes", notes);
    }

    public boolean isNew() {
        return editing == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty businessNumberProperty() {
        return businessNumber;
    }

    public StringProperty notesProperty() {
        return notes;
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void save(Consumer<Supplier> done) {
        fieldErrors.clear();
        error.set("");
        SupplierInput in = new SupplierInput(
                name.get() == null ? null : name.get().strip(),
                Forms.blankToNull(phone.get()),
                Forms.blankToNull(email.get()),
                Forms.blankToNull(businessNumber.get()),
                Forms.blankToNull(notes.get()),
                active.get());
        busy.set(true);
        tasks.run(
                () -> editing == null
                        ? session.client().createSupplier(in, key)
                        : session.client().updateSupplier(editing.id(), editing.version(), in),
                s -> {
                    busy.set(false);
                    done.accept(s);
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError e && e.status() == 412) {
                        error.set(m.get("suppliers.form.stale"));
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
