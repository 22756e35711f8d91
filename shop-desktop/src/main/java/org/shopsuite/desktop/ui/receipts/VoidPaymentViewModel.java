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
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Payment;

/**
 * "Void payment…" (MANAGER): a payment taken by mistake is cancelled by a new entry of its negative
 * amount, with a reason; the original stays on record. The dialog names the invoice, the customer
 * and the payment's amount before anything is sent.
 */
public final class VoidPaymentViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Invoice invoice;
    private final Payment payment;
    private final String header;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    public VoidPaymentViewModel(Session session, Tasks tasks, Invoice invoice, Payment payment, String customer) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.invoice = invoice;
        this.payment = payment;
        this.header = m.get(
                "paymentVoid.header",
                m.money(payment.amount(), invoice.currency()),
                m.get("payment." + payment.method().name()).toLowerCase(m.locale()),
                invoice.number(),
                customer);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** What the dialog asks: which payment (amount, method) of which invoice and customer. */
    public String header() {
        return header;
    }

    public Invoice invoice() {
        return invoice;
    }

    public Payment payment() {
        return payment;
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

    /** Voids the payment; {@code done} gets the invoice as it now stands. Nothing is sent without a reason. */
    public void submit(Consumer<Invoice> done) {
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
                () -> session.client().voidPayment(payment.id(), why, k),
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
