package org.shopsuite.desktop.ui.sublet;

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
import org.shopsuite.model.SubletCompleteInput;
import org.shopsuite.model.SubletOrder;

/** "Complete…": what was done (required), what it costs the shop in won (required), the invoice number. */
public final class CompleteSubletViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final SubletOrder order;
    private final SubletOrdersViewModel list;
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty vendorInvoice = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    CompleteSubletViewModel(Session session, Tasks tasks, SubletOrder order, SubletOrdersViewModel list) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.order = order;
        this.list = list;
        if (order.cost() > 0) {
            cost.set(Long.toString(order.cost())); // the cost agreed when the work was sent
        }
        Forms.clearOnEdit(fieldErrors, "notes", notes);
        Forms.clearOnEdit(fieldErrors, "cost", cost);
        Forms.clearOnEdit(fieldErrors, "vendorInvoiceNumber", vendorInvoice);
    }

    public String header() {
        return m.get("sublet.header", Long.toString(order.id()), order.plate(), order.description());
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty vendorInvoiceProperty() {
        return vendorInvoice;
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

    /** Sends the completion; {@code done} runs once the server took it. */
    public void submit(Runnable done) {
        fieldErrors.clear();
        error.set("");
        String what = Forms.blankToNull(notes.get());
        if (what == null) {
            fieldErrors.put("notes", m.get("field.is.required"));
        }
        Long charged = Forms.whole(fieldErrors, "cost", cost.get(), m);
        if (charged == null && !fieldErrors.containsKey("cost")) {
            fieldErrors.put("cost", m.get("field.is.required"));
        } else if (charged != null && charged < 0) {
            fieldErrors.put("cost", m.get("sublet.cost.negative"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        SubletCompleteInput in = new SubletCompleteInput(what, charged, Forms.blankToNull(vendorInvoice.get()));
        busy.set(true);
        tasks.run(
                () -> session.client().completeSublet(order.id(), in, key),
                saved -> {
                    busy.set(false);
                    list.changed(saved, m.get("sublet.completed", Long.toString(saved.id())));
                    done.run();
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
