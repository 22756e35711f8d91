package org.shopsuite.desktop.ui.receipts;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Receipt;

/**
 * "Cancel receipt": names the receipt, its customer and car, and needs a reason. Without one the
 * dialog says "Required" and stays open; nothing is sent.
 */
public final class CancelReceiptViewModel {
    private final Session session;
    private final org.shopsuite.desktop.ui.Tasks tasks;
    private final Messages m;
    private final Receipt receipt;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    public CancelReceiptViewModel(Session session, org.shopsuite.desktop.ui.Tasks tasks, Receipt receipt) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.receipt = receipt;
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** What the dialog asks, naming the receipt, customer and car. */
    public String header() {
        return m.get("receipts.cancel.confirm", receipt.id(), receipt.customerName(), receipt.carId());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Cancels the receipt; {@code done} gets it as it now stands. Nothing is sent without a reason. */
    public void submit(Consumer<Receipt> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            fieldErrors.put("reason", m.get("field.is.required"));
            return;
        }
        if (!why.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same request keeps its key
        }
        lastSent = why;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().cancelReceipt(receipt.id(), why, k),
                r -> {
                    busy.set(false);
                    done.accept(r);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
