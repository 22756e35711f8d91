package org.shopsuite.desktop.ui.receipts;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
import org.shopsuite.model.Invoice;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.RefundInput;

/**
 * "Refund…" (MANAGER): part of what was paid goes back to the customer, as a new entry with a
 * reason. The amount is at most what is paid (checked here and by the server); the dialog names
 * the invoice, the customer and what was paid before anything is sent.
 */
public final class RefundViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Invoice invoice;
    private final String header;
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private RefundInput lastSent;

    public RefundViewModel(Session session, Tasks tasks, Invoice invoice, String customer) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.invoice = invoice;
        this.header = m.get("refund.header", invoice.number(), customer, m.money(invoice.paid(), invoice.currency()));
        Forms.clearOnEdit(fieldErrors, "amount", amount);
        Forms.clearOnEdit(fieldErrors, "method", method);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** What the dialog asks: which invoice, whose, and how much was paid on it. */
    public String header() {
        return header;
    }

    public Invoice invoice() {
        return invoice;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
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

    /** Gives the refund; {@code done} gets the invoice as it now stands. Nothing is sent while a field is wrong. */
    public void submit(Consumer<Invoice> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        Long minor = Forms.whole(fieldErrors, "amount", amount.get(), m);
        if (minor == null && !fieldErrors.containsKey("amount")) {
            fieldErrors.put("amount", m.get("field.is.required"));
        } else if (minor != null && (minor < 1 || minor > invoice.paid())) {
            fieldErrors.put("amount", m.get("refund.amount.range", m.money(invoice.paid(), invoice.currency())));
        }
        if (method.get() == null) {
            fieldErrors.put("method", m.get("field.is.required"));
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            fieldErrors.put("reason", m.get("field.is.required"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        RefundInput in = new RefundInput(minor, method.get(), why);
        if (!Objects.equals(in, lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same request keeps its key
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().refund(invoice.id(), in, k),
                inv -> {
                    busy.set(false);
                    done.accept(inv);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
