package org.shopsuite.desktop.ui.receipts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Page;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Role;

/**
 * Receipts at the counter: search, a receipt's timeline of events, cancelling, and its invoice
 * with payments.
 */
public final class ReceiptsViewModel {
    private static final java.time.format.DateTimeFormatter PAYMENT_TIME =
            java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final Session session;
    private final Tasks tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ReceiptStatus> status = new SimpleObjectProperty<>();
    private final org.shopsuite.desktop.ui.Paging<Receipt> paging;
    private final ObjectProperty<Receipt> selected = new SimpleObjectProperty<>();
    private final ObservableList<Event> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<Invoice> invoice = new SimpleObjectProperty<>();
    private final ObjectProperty<Job> job = new SimpleObjectProperty<>();
    private final org.shopsuite.desktop.ui.sublet.JobSubletsViewModel sublets;
    private final StringProperty payAmount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> payMethod = new SimpleObjectProperty<>(PaymentMethod.CARD);
    private final StringProperty payError = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty replacedNumber = new SimpleStringProperty();
    private final BooleanBinding canVoid;
    private final BooleanBinding canReissue;
    private final BooleanBinding canRelease;
    private final ObjectProperty<Payment> selectedPayment = new SimpleObjectProperty<>();
    private final BooleanBinding mayVoid;
    private final BooleanBinding mayRefund;
    private final StringProperty amountReceived = new SimpleStringProperty("");
    private final BooleanBinding cash;
    private final ReadOnlyObjectWrapper<Long> changeDue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper changeDueText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canEdit;
    private final PayWithPoints points;
    private final BooleanBinding byPoints;
    private final BooleanBinding canRedeem;

    public ReceiptsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.sublets = new org.shopsuite.desktop.ui.sublet.JobSubletsViewModel(session, tasks);
        job.addListener((o, a, b) -> sublets.show(b));
        boolean manager = isManager();
        this.canVoid = Bindings.createBooleanBinding(
                () -> manager && invoice.get() != null && invoice.get().status() != InvoiceStatus.VOID, invoice);
        this.canReissue = Bindings.createBooleanBinding(
                () -> manager
                        && invoice.get() != null
                        && invoice.get().status() == InvoiceStatus.VOID
                        && selected.get() != null
                        && selected.get().id() == invoice.get().receiptId()
                        && selected.get().jobStatus() == JobStatus.FINISHED,
                invoice,
                selected);
        this.canRelease = Bindings.createBooleanBinding(
                () -> selected.get() != null
                        && selected.get().status() == ReceiptStatus.COMPLETED
                        && selected.get().releasedAt() == null,
                selected);
        this.mayVoid = Bindings.createBooleanBinding(
                () -> {
                    Invoice inv = invoice.get();
                    Payment p = selectedPayment.get();
                    return manager
                            && inv != null
                            && inv.status() != InvoiceStatus.VOID
                            && p != null
                            && p.amount() > 0
                            && p.voidedByPaymentId() == null
                            && inv.payments().stream().anyMatch(x -> x.id() == p.id());
                },
                invoice,
                selectedPayment);
        this.mayRefund = Bindings.createBooleanBinding(
                () -> manager
                        && invoice.get() != null
                        && invoice.get().status() != InvoiceStatus.VOID
                        && invoice.get().paid() > 0,
                invoice);
        this.cash = Bindings.createBooleanBinding(() -> payMethod.get() == PaymentMethod.CASH, payMethod);
        this.points = new PayWithPoints(session, tasks);
        this.byPoints = Bindings.createBooleanBinding(() -> payMethod.get() == PaymentMethod.POINTS, payMethod);
        payMethod.addListener((o, a, b) -> showPoints());
        this.canRedeem = Bindings.createBooleanBinding(
                () -> {
                    Invoice inv = invoice.get();
                    Receipt r = selected.get();
                    return inv != null
                            && r != null
                            && inv.receiptId() == r.id()
                            && r.customerId() != null
                            && inv.status() == InvoiceStatus.ISSUED
                            && inv.payments().isEmpty();
                },
                invoice,
                selected);
        payMethod.addListener((o, a, b) -> computeChange());
        payAmount.addListener((o, a, b) -> computeChange());
        amountReceived.addListener((o, a, b) -> computeChange());
        invoice.addListener((o, a, b) -> {
            Payment p = selectedPayment.get();
            if (p != null && (b == null || b.payments().stream().noneMatch(x -> x.id() == p.id()))) {
                selectedPayment.set(null);
            }
        });
        this.canEdit = Bindings.createBooleanBinding(() -> EditReceiptViewModel.editable(selected.get()), selected);
        this.paging = new org.shopsuite.desktop.ui.Paging<>(tasks);
        selected.addListener((o, a, b) -> {
            if (b == null) {
                clearDetail();
            } else if (a == null || a.id() != b.id()) {
                // Another row: never keep the previous receipt's invoice on screen while (or if not) loading.
                clearDetail();
                message.set("");
                payError.set("");
                payAmount.set("");
                amountReceived.set("");
                showPoints();
                loadDetail(b.id());
            }
        });
        status.addListener((o, a, b) -> search());
        query.addListener((o, a, b) -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ReceiptStatus> statusProperty() {
        return status;
    }

    public ObservableList<Receipt> receipts() {
        return paging.rows();
    }

    public BooleanProperty moreProperty() {
        return paging.moreProperty();
    }

    public BooleanProperty searchingProperty() {
        return paging.loadingProperty();
    }

    public ObjectProperty<Receipt> selectedProperty() {
        return selected;
    }

    public ObservableList<Event> timeline() {
        return timeline;
    }

    public ObjectProperty<Invoice> invoiceProperty() {
        return invoice;
    }

    /** The selected receipt's job (its notes and the hours worked), or null when it has none. */
    /** The shown job's work sent out to contractors. */
    public org.shopsuite.desktop.ui.sublet.JobSubletsViewModel sublets() {
        return sublets;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Job> jobProperty() {
        return job;
    }

    public StringProperty payAmountProperty() {
        return payAmount;
    }

    public ObjectProperty<PaymentMethod> payMethodProperty() {
        return payMethod;
    }

    public StringProperty payErrorProperty() {
        return payError;
    }

    /** The payment is in points: the customer's balance is shown beside the amount. */
    public BooleanBinding byPointsProperty() {
        return byPoints;
    }

    /** The invoice's customer's points as the payment form shows them. */
    public PayWithPoints points() {
        return points;
    }

    private void showPoints() {
        Receipt r = selected.get();
        if (payMethod.get() == PaymentMethod.POINTS && r != null) {
            points.load(r.customerId());
        } else {
            points.clear();
        }
    }

    /** A coupon can be redeemed: the invoice is issued, nothing is paid on it, and it has a customer. */
    public BooleanBinding canRedeemProperty() {
        return canRedeem;
    }

    /** A form to redeem a coupon on the shown invoice, or null when none can be. */
    public RedeemCouponViewModel redeemForm() {
        Invoice inv = invoice.get();
        Receipt r = selected.get();
        return canRedeem.get()
                ? new RedeemCouponViewModel(session, tasks, inv, r.customerId(), r.customerName())
                : null;
    }

    /** A coupon was redeemed: show the invoice with its discount line and new total. */
    public void redeemed(Invoice inv) {
        error.set("");
        payError.set("");
        if (invoice.get() != null && invoice.get().id() == inv.id()) {
            invoice.set(inv);
            payAmount.set(inv.balance() > 0 ? Long.toString(inv.balance()) : "");
        }
        message.set(session.messages()
                .get("coupon.redeemed", inv.number(), session.messages().money(inv.total(), inv.currency())));
        Receipt r = selected.get();
        if (r != null && r.id() == inv.receiptId()) {
            loadDetail(r.id());
        }
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

    /** Only a manager voids and reissues invoices; other roles do not see those actions. */
    public boolean isManager() {
        return session.user().role() == Role.MANAGER;
    }

    /** The shown invoice can be voided (by a manager): it is not void yet. */
    public BooleanBinding canVoidProperty() {
        return canVoid;
    }

    /** A new invoice can be issued (by a manager): the shown one is void and the job is finished. */
    public BooleanBinding canReissueProperty() {
        return canReissue;
    }

    /** The number of the void invoice the shown one replaces, or null. */
    public StringProperty replacedNumberProperty() {
        return replacedNumber;
    }

    /** The entry chosen in the invoice's payments list (the one "Void payment…" would void). */
    public ObjectProperty<Payment> selectedPaymentProperty() {
        return selectedPayment;
    }

    /** A manager may void the chosen payment: a payment (not a correction), not voided yet, invoice not void. */
    public BooleanBinding mayVoidProperty() {
        return mayVoid;
    }

    /** A manager may give back part of what was paid: something is paid and the invoice is not void. */
    public BooleanBinding mayRefundProperty() {
        return mayRefund;
    }

    /** The cash handed over by the customer (only for cash; never recorded, only used for the change). */
    public StringProperty amountReceivedProperty() {
        return amountReceived;
    }

    /** The payment is in cash: the amount received and the change due are asked and shown. */
    public BooleanBinding cashProperty() {
        return cash;
    }

    /**
     * Cash received minus the amount recorded, in minor units (negative when too little was
     * handed over); null when either is not typed or not cash.
     */
    public ReadOnlyObjectProperty<Long> changeDueProperty() {
        return changeDue.getReadOnlyProperty();
    }

    /** The change due as money in the user's language, or what is still missing; empty when unknown. */
    public ReadOnlyStringProperty changeDueTextProperty() {
        return changeDueText.getReadOnlyProperty();
    }

    private void computeChange() {
        Long amount = wholeOrNull(payAmount.get());
        Long received = wholeOrNull(amountReceived.get());
        Long change = !cash.get() || amount == null || received == null ? null : received - amount;
        changeDue.set(change);
        String currency = invoice.get() == null
                ? session.shop().currency()
                : invoice.get().currency();
        var m = session.messages();
        changeDueText.set(
                change == null
                        ? ""
                        : change >= 0 ? m.money(change, currency) : m.get("pay.short", m.money(-change, currency)));
    }

    private static Long wholeOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * One entry of the invoice's payments as the list shows it: when, what (a payment by its method,
     * a refund, or the void of a payment), the amount, who entered it, the reason of a correction, and
     * whether a payment was voided.
     */
    public String paymentLine(Payment p) {
        var m = session.messages();
        Invoice inv = invoice.get();
        String currency = inv == null ? session.shop().currency() : inv.currency();
        String method = m.get("payment." + p.method().name());
        String what = p.voidsPaymentId() != null
                ? m.get("payment.voidEntry", method)
                : p.amount() < 0 ? m.get("payment.refund", method) : method;
        String when = PAYMENT_TIME.format(
                p.receivedAt().atZone(java.time.ZoneId.of(session.shop().timezone())));
        StringBuilder line =
                new StringBuilder(m.get("payment.line", when, what, m.money(p.amount(), currency), p.receivedBy()));
        if (p.reason() != null && !p.reason().isBlank()) {
            line.append(" — ").append(p.reason());
        }
        if (p.voidedByPaymentId() != null) {
            line.append("   ").append(m.get("payment.voided"));
        }
        return line.toString();
    }

    /** A form to void the chosen payment (naming invoice, customer and amount), or null if it may not be. */
    public VoidPaymentViewModel voidPaymentForm() {
        Receipt r = selected.get();
        return mayVoid.get() && r != null && r.id() == invoice.get().receiptId()
                ? new VoidPaymentViewModel(session, tasks, invoice.get(), selectedPayment.get(), r.customerName())
                : null;
    }

    /** A form to refund part of what was paid on the shown invoice, or null if it may not be. */
    public RefundViewModel refundForm() {
        Receipt r = selected.get();
        return mayRefund.get() && r != null && r.id() == invoice.get().receiptId()
                ? new RefundViewModel(session, tasks, invoice.get(), r.customerName())
                : null;
    }

    /** A payment was voided or a refund given: show the invoice as it now stands. */
    public void corrected(Invoice inv) {
        if (invoice.get() != null && invoice.get().id() == inv.id()) {
            invoice.set(inv);
        }
        payError.set("");
        message.set(session.messages()
                .get("payment.corrected", inv.number(), session.messages().money(inv.balance(), inv.currency())));
        loadDetail(inv.receiptId());
    }

    /** A form to void the shown invoice, or null if it cannot be voided. */
    public VoidInvoiceViewModel voidForm() {
        return canVoid.get() ? new VoidInvoiceViewModel(session, tasks, invoice.get()) : null;
    }

    /** A form to issue a new invoice for the selected receipt, or null if that is not possible. */
    public ReissueInvoiceViewModel reissueForm() {
        return canReissue.get() ? new ReissueInvoiceViewModel(session, tasks, selected.get(), invoice.get()) : null;
    }

    /** The invoice was voided: show it as it now stands (VOID, its refund, balance 0). */
    public void voided(Invoice inv) {
        invoice.set(inv);
        payAmount.set("");
        payError.set("");
        Payment refund = inv.payments().stream()
                .filter(p -> p.amount() < 0)
                .reduce((a, b) -> b)
                .orElse(null);
        message.set(
                refund == null
                        ? session.messages().get("void.done", inv.number())
                        : session.messages()
                                .get(
                                        "void.done.refund",
                                        inv.number(),
                                        session.messages().money(-refund.amount(), inv.currency()),
                                        session.messages()
                                                .get("payment."
                                                        + refund.method().name())));
        loadDetail(inv.receiptId());
    }

    /** A new invoice was issued for the receipt: show it. */
    public void reissued(Receipt r) {
        payAmount.set("");
        payError.set("");
        if (r.invoiceId() == null) {
            loadDetail(r.id());
            return;
        }
        long invoiceId = r.invoiceId();
        tasks.run(
                () -> session.client().invoice(invoiceId),
                inv -> {
                    message.set(session.messages().get("reissue.done", inv.number()));
                    loadDetail(r.id());
                },
                this::fail);
    }

    public void search() {
        paging.first(this::fetch, this::fail);
    }

    public void loadMore() {
        paging.next(this::fetch, this::fail);
    }

    private Page<Receipt> fetch(String cursor) {
        return session.client().receipts(query.get(), status.get(), null, cursor, 100);
    }

    private void clearDetail() {
        timeline.clear();
        replacedNumber.set(null);
        invoice.set(null);
        job.set(null);
    }

    /**
     * The server can be reached again (the live connection is back): the stale "cannot connect"
     * message goes, and the selected receipt's detail is loaded again.
     */
    public void reconnected() {
        error.set("");
        Receipt r = selected.get();
        if (r != null) {
            loadDetail(r.id());
        }
    }

    private void loadDetail(long id) {
        tasks.run(
                () -> {
                    Receipt r = session.client().receipt(id);
                    Job j = r.jobId() == null ? null : session.client().job(r.jobId());
                    List<Event> events = session.client().receiptEvents(id);
                    Invoice inv =
                            r.invoiceId() == null ? null : session.client().invoice(r.invoiceId());
                    String replaced = inv == null || inv.replacesInvoiceId() == null
                            ? null
                            : session.client().invoice(inv.replacesInvoiceId()).number();
                    return new Detail(r, j, events, inv, replaced);
                },
                d -> show(id, d),
                failure -> {
                    if (selected.get() == null || selected.get().id() != id) {
                        return; // an answer for a row no longer selected
                    }
                    clearDetail();
                    fail(failure);
                });
    }

    private void show(long requested, Detail d) {
        if (selected.get() == null || selected.get().id() != requested || d.receipt.id() != requested) {
            return; // a late answer for a row no longer selected
        }
        error.set(""); // the server answered: a "cannot connect" from before is stale
        ObservableList<Receipt> rows = paging.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == d.receipt.id()) {
                rows.set(i, d.receipt);
            }
        }
        job.set(d.job); // before the receipt: its header shows the hours worked
        selected.set(d.receipt);
        timeline.setAll(d.events);
        replacedNumber.set(d.replacedNumber);
        invoice.set(d.invoice);
        if (d.invoice != null && payAmount.get().isBlank() && d.invoice.balance() > 0) {
            payAmount.set(Long.toString(d.invoice.balance()));
        }
    }

    /** A finished car not yet handed back may be handed back. */
    public BooleanBinding canReleaseProperty() {
        return canRelease;
    }

    /** What "Hand back car" asks, naming the car and the customer; null when it cannot be done. */
    public String releaseConfirmation() {
        Receipt r = selected.get();
        return canRelease.get()
                ? session.messages().get("receipts.release.confirm", r.carId(), r.customerName(), r.id())
                : null;
    }

    /** Hands the selected receipt's car back (after the confirmation); an unpaid balance is told. */
    public void release() {
        Receipt r = selected.get();
        if (r == null || !canRelease.get()) {
            return;
        }
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> session.client().releaseVehicle(r.id(), key),
                done -> {
                    busy.set(false);
                    error.set("");
                    String text = session.messages().get("receipts.released", done.carId(), done.customerName());
                    if (done.warnings() != null) {
                        for (var w : done.warnings()) {
                            // The balance is in minor units: said as money in the user's language.
                            if (w.code() == org.shopsuite.model.WarningCode.UNPAID_BALANCE
                                    && w.params() != null
                                    && w.params().get("balance") instanceof Number balance) {
                                text += "\n"
                                        + session.messages()
                                                .get(
                                                        "receipts.released.unpaid",
                                                        session.messages()
                                                                .money(
                                                                        balance.longValue(),
                                                                        session.shop()
                                                                                .currency()));
                            } else if (w.code() == org.shopsuite.model.WarningCode.UNPAID_BALANCE) {
                                text += "\n" + session.messages().warning(w);
                            }
                        }
                    }
                    message.set(text);
                    loadDetail(done.id());
                },
                this::fail);
    }

    /** A form to cancel the selected receipt (a reason is required), or null when it cannot be cancelled. */
    public CancelReceiptViewModel cancelForm() {
        Receipt r = selected.get();
        return r != null && r.status() == ReceiptStatus.ACCEPTED ? new CancelReceiptViewModel(session, tasks, r) : null;
    }

    /** The receipt was cancelled: say so and show it as it now stands. */
    public void cancelled(Receipt done) {
        error.set("");
        message.set(session.messages().get("receipts.cancelled", done.id()));
        loadDetail(done.id());
    }

    /** Cancels the selected receipt (the view asks for the reason and a confirmation). */
    public void cancel(String reason) {
        Receipt r = selected.get();
        if (r == null) {
            return;
        }
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> session.client().cancelReceipt(r.id(), reason, key),
                done -> {
                    busy.set(false);
                    message.set(session.messages().get("receipts.cancelled", done.id()));
                    loadDetail(done.id());
                },
                this::fail);
    }

    /**
     * What "Record payment" would do, for the user to confirm: the invoice, its customer, the amount
     * and method. Null (with the reason next to the amount) when nothing can be paid as typed.
     */
    public PaymentConfirmation confirmPayment() {
        Invoice inv = invoice.get();
        Receipt r = selected.get();
        if (inv == null || r == null || inv.receiptId() != r.id()) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(payAmount.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            payError.set(session.messages().get("field.must.be.a.whole.number"));
            return null;
        }
        PaymentMethod method = payMethod.get();
        Long change = changeDue.get();
        if (change != null && change < 0) {
            payError.set(session.messages().get("pay.receivedTooLittle"));
            return null;
        }
        String refusal = method == PaymentMethod.POINTS ? points.refusal(amount) : null;
        if (refusal != null) {
            payError.set(refusal);
            return null;
        }
        payError.set("");
        String text = session.messages()
                .get(
                        "receipts.pay.confirm",
                        session.messages().money(amount, inv.currency()),
                        session.messages()
                                .get("payment." + method.name())
                                .toLowerCase(session.messages().locale()),
                        inv.number(),
                        r.customerName());
        if (change != null) {
            text += "\n"
                    + session.messages()
                            .get("pay.changeDue.confirm", session.messages().money(change, inv.currency()));
        }
        if (method == PaymentMethod.POINTS) {
            text += "\n" + session.messages().get("pay.points.confirm", points.format(points.points(amount)));
        }
        return new PaymentConfirmation(inv.id(), r.id(), inv.number(), r.customerName(), amount, method, text);
    }

    /**
     * Records the payment the user confirmed, on the invoice the confirmation named. Refused when the
     * shown detail changed since (another receipt or invoice): money never goes to another invoice.
     */
    public void pay(PaymentConfirmation c) {
        Invoice inv = invoice.get();
        Receipt r = selected.get();
        if (inv == null || r == null || inv.id() != c.invoiceId() || r.id() != c.receiptId()) {
            message.set("");
            payError.set(session.messages().get("receipts.pay.changed", c.invoiceNumber()));
            return;
        }
        long amount = c.amount();
        busy.set(true);
        payError.set("");
        message.set("");
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> session.client().pay(c.invoiceId(), new PaymentInput(amount, c.method()), key),
                paid -> {
                    busy.set(false);
                    if (invoice.get() != null && invoice.get().id() == paid.id()) {
                        invoice.set(paid);
                        payAmount.set(paid.balance() > 0 ? Long.toString(paid.balance()) : "");
                        amountReceived.set("");
                    }
                    message.set(session.messages()
                            .get("receipts.paid.on", session.messages().money(amount, paid.currency()), paid.number()));
                    if (selected.get() != null && selected.get().id() == paid.receiptId()) {
                        loadDetail(paid.receiptId());
                    }
                    if (c.method() == PaymentMethod.POINTS) {
                        points.reload();
                    }
                },
                failure -> {
                    busy.set(false);
                    if (c.method() == PaymentMethod.POINTS) {
                        points.reload(); // the balance changed meanwhile, or was short
                    }
                    String shortOf = c.method() == PaymentMethod.POINTS ? pointsShort(failure) : null;
                    if (shortOf != null) {
                        payError.set(shortOf);
                    } else if (failure instanceof ApiError e
                            && e.messageFor("amount").isPresent()) {
                        payError.set(
                                session.messages().field(e.messageFor("amount").get()));
                    } else {
                        fail(failure);
                    }
                });
    }

    /** A 409 for a payment with points: the balance the server gave, said in the user's language. */
    private String pointsShort(Throwable failure) {
        if (!(failure instanceof ApiError e) || e.status() != 409) {
            return null;
        }
        for (var fe : e.errors()) {
            if (fe.params().get("balance") instanceof Number balance) {
                return session.messages().get("pay.points.shortBalance", points.format(balance.longValue()));
            }
        }
        return null;
    }

    /** A payment as confirmed by the user: it goes to this invoice or nowhere. */
    public record PaymentConfirmation(
            long invoiceId,
            long receiptId,
            String invoiceNumber,
            String customerName,
            long amount,
            PaymentMethod method,
            String text) {}

    /** Writes the selected invoice's PDF to a file. */
    public void savePdf(Path file) {
        savePdf(ReceiptDocument.INVOICE, file);
    }

    /** Whether the selected receipt has this document (an invoice only once the job is finished). */
    public boolean hasDocument(ReceiptDocument d) {
        return d.existsFor(selected.get(), invoice.get());
    }

    /** The file name a saved document is offered under: the invoice's number, else its kind and receipt. */
    public String fileName(ReceiptDocument d) {
        Receipt r = selected.get();
        Invoice inv = invoice.get();
        if (d == ReceiptDocument.INVOICE && inv != null) {
            return inv.number() + ".pdf";
        }
        return session.messages().get(d.key() + ".file", r == null ? "" : Long.toString(r.id())) + ".pdf";
    }

    /** A document as the server rendered it, for the printer. */
    public static final class Fetched {
        private final ReceiptDocument document;
        private final String name;
        private final byte[] pdf;

        Fetched(ReceiptDocument document, String name, byte[] pdf) {
            this.document = document;
            this.name = name;
            this.pdf = pdf.clone();
        }

        public ReceiptDocument document() {
            return document;
        }

        /** The name the print job and a saved file go by. */
        public String name() {
            return name;
        }

        public byte[] pdf() {
            return pdf.clone();
        }
    }

    /**
     * Fetches the selected receipt's document and hands it over (on the UI thread) to be printed; a
     * failure is said in the error line.
     */
    public void fetchDocument(ReceiptDocument d, java.util.function.Consumer<Fetched> then) {
        Receipt r = selected.get();
        Invoice inv = invoice.get();
        if (!d.existsFor(r, inv)) {
            return;
        }
        String name = fileName(d);
        tasks.run(() -> new Fetched(d, name, d.fetch(session.client(), r, inv)), then, this::fail);
    }

    /** Writes the selected receipt's document to a file. */
    public void savePdf(ReceiptDocument d, Path file) {
        Receipt r = selected.get();
        Invoice inv = invoice.get();
        if (!d.existsFor(r, inv)) {
            return;
        }
        tasks.run(
                () -> Files.write(file, d.fetch(session.client(), r, inv)),
                written -> {
                    error.set("");
                    message.set(session.messages().get("receipts.pdfSaved", written.getFileName()));
                },
                this::fail);
    }

    /** The selected receipt can be edited: accepted, its job not finished. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    /** A form to edit the selected receipt, or null when it can no longer be edited. */
    public EditReceiptViewModel editForm() {
        return canEdit.get() ? new EditReceiptViewModel(session, tasks, selected.get()) : null;
    }

    /** The receipt was edited: show it as it now is. */
    public void edited(Receipt r) {
        error.set("");
        message.set(session.messages().get("receipts.edit.done", r.id()));
        loadDetail(r.id());
    }

    /** What the user is told when a document could not be printed. */
    public void printFailed(String text) {
        message.set("");
        error.set(text);
    }

    /** Live: a new receipt shows up in the list; changes to the open one refresh it. */
    public void onEvent(Event e) {
        sublets.onEvent(e);
        if (e.receiptId() == null) {
            return;
        }
        if (selected.get() != null && selected.get().id() == e.receiptId()) {
            String news = estimateNews(e);
            if (news != null) {
                error.set("");
                message.set(news);
            }
            loadDetail(e.receiptId());
        } else if (e.data() instanceof org.shopsuite.model.event.RepairRequested taken
                && (taken.locationId() == null ? 1 : taken.locationId())
                        == session.client().locationId()
                && query.get().isBlank()) {
            // Newest first: the new receipt goes on top, and whoever is scrolled down stays where they are.
            long id = e.receiptId();
            tasks.run(() -> session.client().receipt(id), this::addOnTop, this::fail);
        }
    }

    /** What the counter is told when the shown receipt's estimate changes under it, or null. */
    private String estimateNews(Event e) {
        if (e.data() instanceof org.shopsuite.model.event.WorkRecommended w) {
            return session.messages().get("estimate.recommended.live", w.recommendedBy(), w.description(), w.number());
        }
        if (e.data() instanceof org.shopsuite.model.event.EstimatePresented p) {
            return session.messages().get("estimate.presented.live", p.number());
        }
        return null;
    }

    /** The estimate editor for the selected receipt, or null when none is selected. */
    public org.shopsuite.desktop.ui.estimates.EstimateEditorViewModel estimateEditor() {
        Receipt r = selected.get();
        return r == null ? null : new org.shopsuite.desktop.ui.estimates.EstimateEditorViewModel(session, tasks, r);
    }

    private void addOnTop(Receipt r) {
        ObservableList<Receipt> rows = paging.rows();
        boolean wanted = query.get().isBlank() && (status.get() == null || status.get() == r.status());
        if (wanted && rows.stream().noneMatch(x -> x.id() == r.id())) {
            int at = 0;
            while (at < rows.size() && rows.get(at).id() > r.id()) {
                at++;
            }
            rows.add(at, r);
        }
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(""); // success and error are never shown together
        error.set(session.messages().describe(t));
    }

    private record Detail(Receipt receipt, Job job, List<Event> events, Invoice invoice, String replacedNumber) {}
}
