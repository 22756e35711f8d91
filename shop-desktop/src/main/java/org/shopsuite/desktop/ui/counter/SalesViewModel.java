package org.shopsuite.desktop.ui.counter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.Event;

/**
 * The day's counter sales: a day (today in the shop's timezone at first) and a status to show,
 * kept current by the CounterSale* events; the selected sale can be handed over (paid), cancelled
 * (paid, not yet handed over) or returned (handed over), each cancel or return with a reason.
 */
public final class SalesViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<CounterSaleStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<CounterSale> sales = FXCollections.observableArrayList();
    private final ObjectProperty<CounterSale> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canHandOver;
    private final BooleanBinding canCancel;
    private final BooleanBinding canReturn;
    private final BooleanBinding hasSelection;
    private final java.util.List<Consumer<CounterSale>> changeListeners = new java.util.ArrayList<>();
    private long loadSeq;

    public SalesViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.zone = ZoneId.of(session.shop().timezone());
        date.set(LocalDate.now(zone));
        date.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        canHandOver = is(CounterSaleStatus.PAID);
        canCancel = is(CounterSaleStatus.PAID);
        canReturn = is(CounterSaleStatus.HANDED_OVER);
        hasSelection = selected.isNotNull();
    }

    private BooleanBinding is(CounterSaleStatus s) {
        return Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().status() == s, selected, busy);
    }

    /** The day shown. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The status shown; null shows every sale. */
    public ObjectProperty<CounterSaleStatus> statusProperty() {
        return status;
    }

    public ObservableList<CounterSale> sales() {
        return sales;
    }

    public ObjectProperty<CounterSale> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canHandOverProperty() {
        return canHandOver;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    public BooleanBinding canReturnProperty() {
        return canReturn;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Told of every sale this screen changed, as it now stands. */
    public void onChange(Consumer<CounterSale> listener) {
        changeListeners.add(listener);
    }

    /** Loads the day's sales again, keeping the selection. */
    public void refresh() {
        LocalDate day = date.get();
        if (day == null) {
            return;
        }
        long seq = ++loadSeq;
        CounterSaleStatus s = status.get();
        tasks.run(
                () -> session.client().counterSales(s, day),
                list -> {
                    if (seq != loadSeq) {
                        return;
                    }
                    CounterSale was = selected.get();
                    sales.setAll(list);
                    if (was != null) {
                        selected.set(list.stream()
                                .filter(x -> x.id() == was.id())
                                .findFirst()
                                .orElse(null));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** A counter sale was made, handed over, cancelled or returned (by anyone): the list reloads. */
    public void onEvent(Event e) {
        switch (e.type()) {
            case CounterSaleCreated, CounterSaleHandedOver, CounterSaleCancelled, CounterSaleReturned -> refresh();
            default -> {}
        }
    }

    /** The selected sale's parts go over the counter. */
    public void handOver() {
        CounterSale s = selected.get();
        if (s == null || s.status() != CounterSaleStatus.PAID || busy.get()) {
            return;
        }
        String k = ShopClient.newIdempotencyKey();
        busy.set(true);
        error.set("");
        tasks.run(
                () -> session.client().handOver(s.id(), k),
                after -> {
                    busy.set(false);
                    changed(after);
                    message.set(m.get("counter.handedOver", after.id()));
                },
                t -> {
                    busy.set(false);
                    error.set(SaleViewModel.stale(t, s.id(), m));
                    refresh();
                });
    }

    /** The reason form for cancelling (paid) or returning (handed over) the selected sale, or null. */
    public CancelSaleViewModel cancelForm() {
        CounterSale s = selected.get();
        if (s == null || (s.status() != CounterSaleStatus.PAID && s.status() != CounterSaleStatus.HANDED_OVER)) {
            return null;
        }
        return new CancelSaleViewModel(session, tasks, s);
    }

    /** A sale cancelled or returned through the reason form. */
    public void cancelled(CounterSale after) {
        changed(after);
        message.set(m.get(
                after.status() == CounterSaleStatus.RETURNED ? "counter.returned" : "counter.cancelled",
                after.id(),
                money(after, after.refunded())));
    }

    private void changed(CounterSale after) {
        for (int i = 0; i < sales.size(); i++) {
            if (sales.get(i).id() == after.id()) {
                sales.set(i, after);
            }
        }
        if (selected.get() != null && selected.get().id() == after.id()) {
            selected.set(after);
        }
        changeListeners.forEach(l -> l.accept(after));
    }

    /** The selected sale's slip PDF, from the server. */
    public void fetchSlip(Consumer<byte[]> then) {
        CounterSale s = selected.get();
        if (s != null) {
            tasks.run(() -> session.client().counterSaleSlip(s.id()), then, t -> error.set(m.describe(t)));
        }
    }

    /** Writes the selected sale's slip to {@code file}. */
    public void saveSlip(java.nio.file.Path file) {
        CounterSale s = selected.get();
        if (s != null) {
            Slips.save(tasks, session, s, file, message::set, error::set);
        }
    }

    /** The name a saved slip of the selected sale gets first. */
    public String slipFileName() {
        CounterSale s = selected.get();
        return s == null ? "" : Slips.fileName(session, s);
    }

    /** A print that did not work, told in the user's language. */
    public void printFailed(String why) {
        error.set(why);
    }

    public String time(CounterSale s) {
        return s.soldAt() == null ? "" : TIME.format(s.soldAt().atZone(zone));
    }

    /** The parts sold, each with its quantity. */
    public String parts(CounterSale s) {
        return s.lines().stream()
                .map(l -> l.quantity() == 1 ? l.partName() : m.get("counter.partTimes", l.partName(), l.quantity()))
                .collect(Collectors.joining(", "));
    }

    public String total(CounterSale s) {
        return money(s, s.total());
    }

    public String method(CounterSale s) {
        return s.method() == null ? "" : m.get("payment." + s.method().name());
    }

    public String status(CounterSale s) {
        return statusName(s.status());
    }

    /** A status in the user's language; null is every status. */
    public String statusName(CounterSaleStatus s) {
        return m.get(s == null ? "counter.status.all" : "counter.status." + s.name());
    }

    private String money(CounterSale s, long amount) {
        return m.money(amount, s.currency() == null ? session.shop().currency() : s.currency());
    }
}
