package org.shopsuite.desktop.ui.receipts;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.VoidInput;

/**
 * The "void invoice" dialog (MANAGER): a reason, and when money was paid, how it goes back to the
 * customer. The amount refunded is always what the server says was paid: if someone records a
 * payment while the dialog is open, the server refuses the void and the dialog shows the new amount.
 */
public final class VoidInvoiceViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ReadOnlyObjectWrapper<Invoice> invoice;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> refundMethod = new SimpleObjectProperty<>();
    private final BooleanProperty refundNeeded = new SimpleBooleanProperty();
    private final StringProperty refundText = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private VoidInput lastSent;

    public VoidInvoiceViewModel(Session session, Tasks tasks, Invoice invoice) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.invoice = new ReadOnlyObjectWrapper<>(invoice);
        refundMethod.set(usualMethod(invoice));
        showRefund(invoice);
    }

    /** The method every payment was made by, if there is one: a card payment goes back to the card. */
    private static PaymentMethod usualMethod(Invoice inv) {
        var methods = inv.payments().stream()
                .filter(p -> p.amount() > 0)
                .map(Payment::method)
                .filter(org.shopsuite.desktop.ui.PaymentMethods.MONEY::contains) // points come back as points
                .distinct()
                .toList();
        return methods.size() == 1 ? methods.get(0) : null;
    }

    /** What was paid with points (net of voids): it goes back as points, not as money. */
    static long paidWithPoints(Invoice inv) {
        return inv.payments().stream()
                .filter(p -> p.method() == PaymentMethod.POINTS)
                .mapToLong(Payment::amount)
                .sum();
    }

    private void showRefund(Invoice inv) {
        long points = paidWithPoints(inv);
        long money = inv.paid() - points;
        refundNeeded.set(money > 0);
        String text = money > 0 ? m.get("void.refund", m.money(money, inv.currency())) : "";
        if (points > 0) {
            text = (text.isEmpty() ? "" : text + "\n") + m.get("void.pointsBack", m.money(points, inv.currency()));
        }
        refundText.set(text.isEmpty() ? m.get("void.nothingPaid") : text);
    }

    public ReadOnlyObjectProperty<Invoice> invoiceProperty() {
        return invoice.getReadOnlyProperty();
    }

    /** What the dialog asks, with the invoice's number and total. */
    public String header() {
        Invoice inv = invoice.get();
        return m.get("void.header", inv.number(), m.money(inv.total(), inv.currency()));
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<PaymentMethod> refundMethodProperty() {
        return refundMethod;
    }

    /** True when money was paid: then a refund method must be chosen. */
    public BooleanProperty refundNeededProperty() {
        return refundNeeded;
    }

    /** How much goes back to the customer (or that nothing does). */
    public StringProperty refundTextProperty() {
        return refundText;
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

    /** Voids the invoice; {@code done} gets it as it now stands (VOID, with the refund entry). */
    public void submit(Consumer<Invoice> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        Invoice inv = invoice.get();
        if (reason.get() == null || reason.get().isBlank()) {
            fieldErrors.put("reason", m.get("field.is.required"));
        }
        if (refundNeeded.get() && refundMethod.get() == null) {
            fieldErrors.put(
                    "refundMethod",
                    m.get("void.refundMethod.required", m.money(inv.paid() - paidWithPoints(inv), inv.currency())));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        VoidInput in = new VoidInput(reason.get(), refundNeeded.get() ? refundMethod.get() : null);
        if (!Objects.equals(in, lastSent)) {
            // Another request than the last one sent: a new key. The same one again (a retry after the
            // server could not be reached) keeps its key, so the invoice is never voided twice.
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().voidInvoice(inv.id(), in, k),
                voided -> {
                    busy.set(false);
                    done.accept(voided);
                },
                this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        if (t instanceof ApiError e && e.errors().stream().anyMatch(f -> "refundMethod".equals(f.field()))) {
            // Paid meanwhile: the server refused (nothing was written). Show what is paid now.
            long id = invoice.get().id();
            tasks.run(
                    () -> session.client().invoice(id),
                    now -> {
                        invoice.set(now);
                        showRefund(now);
                        if (refundMethod.get() == null) {
                            refundMethod.set(usualMethod(now));
                        }
                        fieldErrors.put(
                                "refundMethod",
                                m.get("void.refundMethod.paidMeanwhile", m.money(now.paid(), now.currency())));
                    },
                    again -> error.set(m.describe(again)));
            return;
        }
        Forms.fail(fieldErrors, error, t, m);
        if (onlyFormFields(t)) {
            error.set(""); // each message is next to its field
        }
    }

    private static boolean onlyFormFields(Throwable t) {
        return t instanceof ApiError e
                && !e.errors().isEmpty()
                && e.errors().stream()
                        .allMatch(
                                f -> java.util.Set.of("reason", "refundMethod").contains(f.field()));
    }
}
