package org.shopsuite.desktop.ui.counter;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
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
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.customers.CustomerText;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleLineInput;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.event.CounterSaleCancelled;
import org.shopsuite.model.event.CounterSaleHandedOver;
import org.shopsuite.model.event.CounterSaleReturned;

/**
 * The quick sale at the parts counter: parts scanned (a barcode and Enter adds one unit, again one
 * more) or picked from the catalogue by name or number, the sums as the server makes them, and the
 * payment that makes the sale. A sale attempt keeps one Idempotency-Key across retries of the same
 * request; once paid, the parts are handed over and the slip printed, and "New sale" starts again.
 */
public final class SaleViewModel {
    private static final int MIN_SEARCH = 2;

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final String currency;
    private final BigDecimal taxRate;

    private final StringProperty scan = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper scanError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper unknownScans = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper offers = new ReadOnlyIntegerWrapper();
    private final ObservableList<VehiclePart> matches = FXCollections.observableArrayList();
    private final ObservableList<SaleLine> lines =
            FXCollections.observableArrayList(l -> new Observable[] {l.quantityProperty(), l.partProperty()});

    private final ReadOnlyLongWrapper subtotal = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper tax = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final StringProperty received = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");

    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<CounterSale> sale = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding editing = sale.isNull();
    private final BooleanBinding canHandOver;

    private final StringProperty customerQuery = new SimpleStringProperty("");
    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper customerOffers = new ReadOnlyIntegerWrapper();

    private long searchSeq;
    private boolean keepReceived;
    private String key = ShopClient.newIdempotencyKey();
    private CounterSaleInput lastSent;
    private String handOverKey;

    public SaleViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.currency = session.shop().currency();
        this.taxRate = session.shop().taxRatePercent();
        lines.addListener((javafx.collections.ListChangeListener<SaleLine>) c -> sums());
        method.addListener((o, a, b) -> {
            fieldErrors.remove("amount");
            if (b != PaymentMethod.CASH && !lines.isEmpty() && sale.get() == null) {
                received.set(Long.toString(total.get())); // card and transfer are exact
            }
            change();
        });
        received.addListener((o, a, b) -> change());
        Forms.clearOnEdit(fieldErrors, "amount", received);
        scan.addListener((o, a, b) -> {
            scanError.set("");
            offer(b);
        });
        canHandOver = Bindings.createBooleanBinding(
                () -> sale.get() != null && sale.get().status() == org.shopsuite.model.CounterSaleStatus.PAID, sale);
    }

    /** What is typed to find the customer (name, phone or plate); the sale may have none. */
    public StringProperty customerQueryProperty() {
        return customerQuery;
    }

    /** The customers found, to pick from. */
    public ObservableList<Customer> customers() {
        return customers;
    }

    /** The customer the sale is for, or null (a walk-in). */
    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    /** Counts the searches that found several customers: the screen opens the list to pick from. */
    public ReadOnlyIntegerProperty customerOffersProperty() {
        return customerOffers.getReadOnlyProperty();
    }

    /** How a customer reads in the list: name and phones. */
    public String customerText(Customer c) {
        return c == null ? m.get("counter.walkIn") : CustomerText.result(c, m);
    }

    /**
     * Enter in the customer field: one customer found is the sale's; several are offered to pick
     * from; a blank field makes the sale a walk-in's.
     */
    public void findCustomers() {
        String q = customerQuery.get() == null ? "" : customerQuery.get().strip();
        fieldErrors.remove("customer");
        if (q.isEmpty()) {
            customers.clear();
            customer.set(null);
            return;
        }
        tasks.run(
                () -> session.client().searchCustomers(q, 20).items(),
                found -> {
                    customers.setAll(found);
                    if (found.size() == 1) {
                        customer.set(found.get(0));
                    } else if (found.isEmpty()) {
                        customer.set(null);
                        fieldErrors.put("customer", m.get("counter.noCustomer", q));
                    } else {
                        customerOffers.set(customerOffers.get() + 1);
                    }
                },
                t -> fieldErrors.put("customer", m.describe(t)));
    }

    /** The scan-or-search field: a barcode, a part number or a part's name. */
    public StringProperty scanProperty() {
        return scan;
    }

    /** Why the last scan added nothing (an unknown barcode, no stock left), or empty. */
    public ReadOnlyStringProperty scanErrorProperty() {
        return scanError.getReadOnlyProperty();
    }

    /** Counts scans that found no part: the screen beeps on each. */
    public ReadOnlyIntegerProperty unknownScansProperty() {
        return unknownScans.getReadOnlyProperty();
    }

    /** Counts the times Enter found several parts to pick from: the screen moves to the list. */
    public ReadOnlyIntegerProperty offersProperty() {
        return offers.getReadOnlyProperty();
    }

    /** Catalogue parts matching what is typed, to pick with the keyboard. */
    public ObservableList<VehiclePart> matches() {
        return matches;
    }

    public ObservableList<SaleLine> lines() {
        return lines;
    }

    public ReadOnlyLongProperty subtotalProperty() {
        return subtotal.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty taxProperty() {
        return tax.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    /** The amount received, as typed (prefilled with the total). */
    public StringProperty receivedProperty() {
        return received;
    }

    /** "Change due: ₩8,000" when cash above the total was given, else empty. */
    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    /** Errors beside the fields: {@code amount} (the payment), {@code lines} (quantities). */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What was just done (the sale made, the parts handed over). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The sale made, once paid; null while the sale is being rung up. */
    public ReadOnlyObjectProperty<CounterSale> saleProperty() {
        return sale.getReadOnlyProperty();
    }

    /** Whether the sale is still being rung up (not yet paid). */
    public BooleanBinding editingProperty() {
        return editing;
    }

    /** Whether the sale made waits to be handed over. */
    public BooleanBinding canHandOverProperty() {
        return canHandOver;
    }

    /** The shop's tax rate as the user reads it ("10%"). */
    public String taxRateText() {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(m.locale());
        f.setMaximumFractionDigits(2);
        return f.format(taxRate == null ? BigDecimal.ZERO : taxRate) + "%";
    }

    public String money(long amount) {
        return m.money(amount, currency);
    }

    /**
     * Enter in the scan field: a barcode (or exact part number) adds one unit of its part; several
     * matches are offered to pick from; nothing found is signalled and adds nothing.
     */
    public void scan() {
        String code = scan.get() == null ? "" : scan.get().strip();
        if (code.isEmpty() || sale.get() != null) {
            return;
        }
        long seq = ++searchSeq;
        tasks.run(
                () -> session.client().parts(code),
                found -> {
                    if (seq != searchSeq) {
                        return;
                    }
                    VehiclePart exact = exact(found, code);
                    if (exact != null) {
                        matches.clear();
                        if (add(exact)) {
                            scan.set("");
                        }
                    } else if (!found.isEmpty()) {
                        matches.setAll(found);
                        offers.set(offers.get() + 1);
                    } else {
                        matches.clear();
                        scanError.set(m.get("counter.unknownCode", code));
                        unknownScans.set(unknownScans.get() + 1);
                    }
                },
                t -> scanError.set(m.describe(t)));
    }

    /** The part picked from the offered matches: one unit of it. */
    public void pick(VehiclePart part) {
        if (part == null || sale.get() != null) {
            return;
        }
        if (add(part)) {
            matches.clear();
            scan.set("");
        }
    }

    private static VehiclePart exact(List<VehiclePart> found, String code) {
        for (VehiclePart p : found) {
            if (code.equals(p.barcode())) {
                return p;
            }
        }
        for (VehiclePart p : found) {
            if (p.partId().equalsIgnoreCase(code)) {
                return p;
            }
        }
        return null;
    }

    /** What is typed offers the catalogue's matches (a number of digits is left to Enter: a barcode). */
    private void offer(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() < MIN_SEARCH || q.chars().allMatch(Character::isDigit) || sale.get() != null) {
            searchSeq++;
            matches.clear();
            return;
        }
        long seq = ++searchSeq;
        tasks.run(
                () -> session.client().parts(q),
                found -> {
                    if (seq == searchSeq) {
                        matches.setAll(found);
                    }
                },
                t -> {});
    }

    /** One more unit of {@code part}; refused (false) past what is available. */
    boolean add(VehiclePart part) {
        fieldErrors.remove("lines");
        for (SaleLine l : lines) {
            if (l.part().id() == part.id()) {
                return setQuantity(l, l.quantity() + 1, true);
            }
        }
        if (part.available() < 1) {
            scanError.set(m.get("counter.noneAvailable", part.partName()));
            unknownScans.set(unknownScans.get() + 1);
            return false;
        }
        lines.add(new SaleLine(part));
        return true;
    }

    /**
     * A line's quantity as typed: 0 or less takes the line off; more than is available is refused
     * (the quantity stays) with the reason beside the lines.
     */
    public boolean setQuantity(SaleLine line, int quantity) {
        return setQuantity(line, quantity, false);
    }

    private boolean setQuantity(SaleLine line, int quantity, boolean scanned) {
        if (sale.get() != null) {
            return false;
        }
        if (quantity <= 0) {
            lines.remove(line);
            return true;
        }
        if (quantity > line.part().available()) {
            String why = m.get(
                    "counter.onlyAvailable",
                    Math.max(0, line.part().available()),
                    line.part().partName());
            if (scanned) {
                scanError.set(why);
                unknownScans.set(unknownScans.get() + 1);
            } else {
                fieldErrors.put("lines", why);
            }
            return false;
        }
        fieldErrors.remove("lines");
        line.quantityProperty().set(quantity);
        return true;
    }

    /** Takes the line off the sale. */
    public void remove(SaleLine line) {
        if (sale.get() == null) {
            lines.remove(line);
        }
    }

    private void sums() {
        long sub = 0;
        for (SaleLine l : lines) {
            sub = Math.addExact(sub, l.amount());
        }
        long t = SaleMath.tax(sub, taxRate);
        subtotal.set(sub);
        tax.set(t);
        total.set(sub + t);
        if (sale.get() == null && !keepReceived) {
            received.set(lines.isEmpty() ? "" : Long.toString(sub + t));
        }
        change();
    }

    private void change() {
        Long amount = amount();
        long c = amount == null ? 0 : SaleMath.change(amount, total.get(), method.get());
        changeText.set(c > 0 ? m.get("counter.changeDue", money(c)) : "");
    }

    private Long amount() {
        String t = received.get();
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(t.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Take payment": the sale and its payment in one request; nothing is sold if it is refused. */
    public void pay() {
        if (busy.get() || sale.get() != null) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        message.set("");
        if (lines.isEmpty()) {
            fieldErrors.put("lines", m.get("counter.noLines"));
            return;
        }
        Long amount = Forms.whole(fieldErrors, "amount", received.get(), m);
        if (fieldErrors.containsKey("amount")) {
            return;
        }
        long due = total.get();
        PaymentMethod how = method.get();
        if (amount == null || amount <= 0) {
            fieldErrors.put("amount", m.get("field.is.required"));
            return;
        }
        if (!SaleMath.pays(amount, due, how)) {
            fieldErrors.put(
                    "amount",
                    amount < due
                            ? m.get("counter.short", money(due), money(amount))
                            : m.get("counter.exact", money(due), methodName(how)));
            return;
        }
        CounterSaleInput in = new CounterSaleInput(
                customer.get() == null ? null : customer.get().id(),
                lines.stream()
                        .map(l -> new CounterSaleLineInput(l.part().id(), l.quantity()))
                        .toList(),
                new PaymentInput(amount, how));
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same request keeps its key
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().sell(in, k),
                s -> {
                    busy.set(false);
                    handOverKey = ShopClient.newIdempotencyKey();
                    matches.clear();
                    sale.set(s);
                    message.set(
                            s.changeGiven() > 0
                                    ? m.get("counter.sold.change", s.id(), money(s.total()), money(s.changeGiven()))
                                    : m.get("counter.sold", s.id(), money(s.total())));
                },
                t -> {
                    busy.set(false);
                    refused(t);
                });
    }

    /** A refusal said beside the field it is about: the amount due, the line short of stock. */
    private void refused(Throwable t) {
        if (t instanceof ApiError e && e.status() == 409 && !e.errors().isEmpty()) {
            for (FieldError fe : e.errors()) {
                if (fe.field().equals("payment.amount") && fe.params().get("amountDue") instanceof Number due) {
                    fieldErrors.put("amount", m.get("counter.amountDue", money(due.longValue())));
                } else if (fe.field().startsWith("lines[") && fe.params().get("available") instanceof Number n) {
                    fieldErrors.put("lines", m.get("counter.onlyAvailable", n.intValue(), partAt(fe.field())));
                }
            }
            if (!fieldErrors.isEmpty()) {
                error.set(m.get("counter.notSold"));
                reloadParts();
                return;
            }
        }
        Forms.fail(fieldErrors, error, t, m);
    }

    /**
     * After a refusal the lines' parts are read again: the prices the server charged and what is
     * available now show, so the sums match the amount due it named (the amount typed stays).
     */
    private void reloadParts() {
        List<SaleLine> now = List.copyOf(lines);
        tasks.run(
                () -> now.stream()
                        .map(l -> session.client().parts(l.part().partId()).stream()
                                .filter(p -> p.id() == l.part().id())
                                .findFirst()
                                .orElse(l.part()))
                        .toList(),
                fresh -> {
                    keepReceived = true;
                    try {
                        for (int i = 0; i < now.size(); i++) {
                            now.get(i).partProperty().set(fresh.get(i));
                        }
                    } finally {
                        keepReceived = false;
                    }
                },
                t -> {});
    }

    private String partAt(String field) {
        try {
            int i = Integer.parseInt(field.substring("lines[".length(), field.indexOf(']')));
            return i < lines.size() ? lines.get(i).part().partName() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The parts of the sale just made go over the counter: stock goes down. */
    public void handOver() {
        CounterSale s = sale.get();
        if (busy.get() || s == null || s.status() != org.shopsuite.model.CounterSaleStatus.PAID) {
            return;
        }
        String k = handOverKey;
        busy.set(true);
        error.set("");
        tasks.run(
                () -> session.client().handOver(s.id(), k),
                after -> {
                    busy.set(false);
                    sale.set(after);
                    message.set(m.get("counter.handedOver", after.id()));
                },
                t -> {
                    busy.set(false);
                    error.set(stale(t, s.id(), m));
                });
    }

    /**
     * A failed handover, cancel or return in the user's language: a 409 means the sale changed
     * meanwhile (handed over or cancelled at another desk), not the server's English.
     */
    static String stale(Throwable t, long saleId, Messages m) {
        return t instanceof ApiError e && e.status() == 409 ? m.get("counter.stale", saleId) : m.describe(t);
    }

    /**
     * The sale made was handed over, cancelled or returned at another desk: it is loaded again, so
     * "Hand over" is offered only while it can be.
     */
    public void onEvent(Event e) {
        CounterSale s = sale.get();
        if (s == null || e.data() == null) {
            return;
        }
        long id = -1;
        if (e.data() instanceof CounterSaleHandedOver h) {
            id = h.counterSaleId();
        } else if (e.data() instanceof CounterSaleCancelled c) {
            id = c.counterSaleId();
        } else if (e.data() instanceof CounterSaleReturned r) {
            id = r.counterSaleId();
        }
        if (id == s.id()) {
            tasks.run(() -> session.client().counterSale(s.id()), this::changed, t -> {});
        }
    }

    /** The sale made changed elsewhere (handed over or cancelled from the dashboard). */
    public void changed(CounterSale s) {
        if (sale.get() != null && s != null && sale.get().id() == s.id()) {
            sale.set(s);
        }
    }

    /** Clears the form for the next customer. */
    public void newSale() {
        searchSeq++;
        sale.set(null);
        lines.clear();
        matches.clear();
        scan.set("");
        scanError.set("");
        method.set(PaymentMethod.CASH);
        received.set("");
        customerQuery.set("");
        customers.clear();
        customer.set(null);
        fieldErrors.clear();
        error.set("");
        message.set("");
        key = ShopClient.newIdempotencyKey();
        lastSent = null;
    }

    /** The method's name in the user's language ("Cash", "현금"). */
    public String methodName(PaymentMethod p) {
        return p == null ? "" : m.get("payment." + p.name());
    }

    /** The PDF of the sale's slip (영수증), from the server. */
    public void fetchSlip(java.util.function.Consumer<byte[]> then) {
        CounterSale s = sale.get();
        if (s != null) {
            tasks.run(() -> session.client().counterSaleSlip(s.id()), then, t -> error.set(m.describe(t)));
        }
    }

    /** Writes the sale's slip to {@code file}. */
    public void saveSlip(java.nio.file.Path file) {
        CounterSale s = sale.get();
        if (s != null) {
            Slips.save(tasks, session, s, file, message::set, error::set);
        }
    }

    /** A print or save that did not work, told in the user's language. */
    public void printFailed(String why) {
        error.set(why);
    }
}
