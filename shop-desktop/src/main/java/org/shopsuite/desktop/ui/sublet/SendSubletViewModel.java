package org.shopsuite.desktop.ui.sublet;

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
import org.shopsuite.model.Job;
import org.shopsuite.model.SubletInput;
import org.shopsuite.model.Supplier;

/** "Send out (sublet)…": which outside shop, the work, what it charges us and what the customer pays, in won. */
public final class SendSubletViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Job job;
    private final JobSubletsViewModel list;
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    SendSubletViewModel(Session session, Tasks tasks, Job job, JobSubletsViewModel list) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.job = job;
        this.list = list;
        Forms.clearOnEdit(fieldErrors, "supplierId", supplier);
        Forms.clearOnEdit(fieldErrors, "description", description);
        Forms.clearOnEdit(fieldErrors, "cost", cost);
        Forms.clearOnEdit(fieldErrors, "price", price);
        tasks.run(() -> session.client().suppliers(false), suppliers::setAll, t -> error.set(m.describe(t)));
    }

    public String header() {
        return m.get("sublet.send.header", Long.toString(job.id()), job.carId());
    }

    /** The active suppliers: the outside shops work can go to. */
    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty priceProperty() {
        return price;
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

    /** Sends the work out; {@code done} runs once the server took it. */
    public void submit(Runnable done) {
        fieldErrors.clear();
        error.set("");
        if (supplier.get() == null) {
            fieldErrors.put("supplierId", m.get("field.is.required"));
        }
        String what = Forms.blankToNull(description.get());
        if (what == null) {
            fieldErrors.put("description", m.get("field.is.required"));
        }
        Long c = won("cost", cost.get());
        Long p = won("price", price.get());
        if (!fieldErrors.isEmpty()) {
            return;
        }
        SubletInput in = new SubletInput(supplier.get().id(), what, c, p, null);
        busy.set(true);
        tasks.run(
                () -> session.client().sublet(job.id(), in, key),
                saved -> {
                    busy.set(false);
                    list.sent(saved);
                    done.run();
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }

    /** An amount in won: required, a whole number, not negative. */
    private Long won(String field, String text) {
        Long v = Forms.whole(fieldErrors, field, text, m);
        if (v == null && !fieldErrors.containsKey(field)) {
            fieldErrors.put(field, m.get("field.is.required"));
        } else if (v != null && v < 0) {
            fieldErrors.put(field, m.get("sublet.cost.negative"));
        }
        return v;
    }
}
