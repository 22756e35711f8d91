package org.shopsuite.desktop.ui.receipts;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Receipt;

/**
 * The "reissue invoice" dialog (MANAGER): after a receipt's invoice was voided, a new invoice for
 * its finished work, with the next number and today's prices; asks why.
 */
public final class ReissueInvoiceViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Receipt receipt;
    private final Invoice voided;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    public ReissueInvoiceViewModel(Session session, Tasks tasks, Receipt receipt, Invoice voided) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.receipt = receipt;
        this.voided = voided;
    }

    /** What the dialog asks: which receipt, and the void invoice the new one replaces. */
    public String header() {
        return m.get("reissue.header", String.valueOf(receipt.id()), voided.number());
    }

    public StringProperty reasonProperty() {
        return reason;
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

    /** Issues the new invoice; {@code done} gets the receipt, whose invoiceId is the new one. */
    public void submit(Consumer<Receipt> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String text = reason.get();
        if (text == null || text.isBlank()) {
            fieldErrors.put("reason", m.get("field.is.required"));
            return;
        }
        if (!text.equals(lastSent)) {
            // A retry of the same request keeps its key, so a lost answer never issues two invoices.
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = text;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().reissueInvoice(receipt.id(), text, k),
                r -> {
                    busy.set(false);
                    done.accept(r);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                    if (t instanceof ApiError e
                            && !e.errors().isEmpty()
                            && e.errors().stream().allMatch(f -> "reason".equals(f.field()))) {
                        error.set(""); // the message is next to the field
                    }
                });
    }
}
