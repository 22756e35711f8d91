package org.shopsuite.desktop.ui.counter;

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
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleStatus;

/**
 * "Cancel sale" (paid, not yet handed over: the parts go back on the shelf) or "Return sale"
 * (handed over: the parts come back into stock), the money refunded either way. A reason is
 * required: without one the dialog says so and nothing is sent.
 */
public final class CancelSaleViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final CounterSale sale;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    CancelSaleViewModel(Session session, Tasks tasks, CounterSale sale) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.sale = sale;
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** Whether this is a return (the parts were handed over) rather than a cancellation. */
    public boolean isReturn() {
        return sale.status() == CounterSaleStatus.HANDED_OVER;
    }

    /** The dialog's title: "Cancel sale" or "Return sale". */
    public String title() {
        return m.get(isReturn() ? "counter.return.title" : "counter.cancel.title");
    }

    /** What the dialog asks, naming the sale, its total and what becomes of the parts. */
    public String header() {
        return m.get(
                isReturn() ? "counter.return.confirm" : "counter.cancel.confirm",
                sale.id(),
                m.money(sale.total(), sale.currency()));
    }

    public String yesText() {
        return m.get(isReturn() ? "counter.return.yes" : "counter.cancel.yes");
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

    /** Cancels or returns the sale; {@code done} gets it as it now stands. */
    public void submit(Consumer<CounterSale> done) {
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
                () -> session.client().cancelSale(sale.id(), why, k),
                s -> {
                    busy.set(false);
                    done.accept(s);
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError e && e.status() == 409) {
                        error.set(SaleViewModel.stale(t, sale.id(), m));
                    } else {
                        Forms.fail(fieldErrors, error, t, m);
                    }
                });
    }
}
