package org.shopsuite.desktop.ui.purchasing;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.Supplier;

/**
 * The manager's purchase orders: the list (by status and supplier), the selected order's lines and
 * deliveries, and what may be done to it now (edit and order a draft, receive, close, cancel).
 */
public final class OrdersViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<PurchaseOrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObservableList<PurchaseOrder> orders = FXCollections.observableArrayList();
    private final ObjectProperty<PurchaseOrder> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding isDraft = is(PurchaseOrderStatus.DRAFT);
    private final BooleanBinding mayReceive = is(PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
    private final BooleanBinding mayClose =
            is(PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED);
    private final BooleanBinding mayCancel = is(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED);

    public OrdersViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        status.addListener((o, a, b) -> refresh());
        supplier.addListener((o, a, b) -> refresh());
    }

    private BooleanBinding is(PurchaseOrderStatus... statuses) {
        return Bindings.createBooleanBinding(
                () -> selected.get() != null
                        && List.of(statuses).contains(selected.get().status()),
                selected);
    }

    public Session session() {
        return session;
    }

    public Tasks tasks() {
        return tasks;
    }

    public ObjectProperty<PurchaseOrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    /** The suppliers to filter by (all, inactive ones too: old orders name them). */
    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObservableList<PurchaseOrder> orders() {
        return orders;
    }

    public ObjectProperty<PurchaseOrder> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding draftProperty() {
        return isDraft;
    }

    public BooleanBinding mayReceiveProperty() {
        return mayReceive;
    }

    public BooleanBinding mayCloseProperty() {
        return mayClose;
    }

    public BooleanBinding mayCancelProperty() {
        return mayCancel;
    }

    /** A status in the user's language. */
    public String status(PurchaseOrderStatus s) {
        return m.get("po.status." + s.name());
    }

    public void refresh() {
        PurchaseOrderStatus st = status.get();
        Long sup = supplier.get() == null ? null : supplier.get().id();
        tasks.run(
                () -> session.client().purchaseOrders(st, sup),
                list -> {
                    PurchaseOrder shown = selected.get();
                    orders.setAll(list);
                    if (shown != null) {
                        selected.set(list.stream()
                                .filter(o -> o.id() == shown.id())
                                .findFirst()
                                .orElse(null));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    public void loadSuppliers() {
        tasks.run(
                () -> session.client().suppliers(true),
                list -> {
                    Supplier chosen = supplier.get();
                    suppliers.setAll(list);
                    if (chosen != null) {
                        supplier.set(list.stream()
                                .filter(s -> s.id() == chosen.id())
                                .findFirst()
                                .orElse(null));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** Shows an order the server just answered with, in the list and as the selection. */
    public void show(PurchaseOrder o, String text) {
        boolean found = false;
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id() == o.id()) {
                orders.set(i, o);
                found = true;
            }
        }
        if (!found) {
            orders.add(0, o);
        }
        selected.set(o);
        error.set("");
        message.set(text);
    }

    /** DRAFT -> ORDERED. */
    public void place() {
        act(o -> session.client().placePurchaseOrder(o.id(), ShopClient.newIdempotencyKey()), "purchasing.ordered");
    }

    public void close() {
        act(o -> session.client().closePurchaseOrder(o.id(), ShopClient.newIdempotencyKey()), "purchasing.closed");
    }

    /** Cancels with the reason the user gave; a blank reason is refused here. */
    public boolean cancel(String reason, StringProperty reasonError) {
        if (reason == null || reason.isBlank()) {
            reasonError.set(m.get("field.is.required"));
            return false;
        }
        String key = ShopClient.newIdempotencyKey();
        act(o -> session.client().cancelPurchaseOrder(o.id(), reason.strip(), key), "purchasing.cancelled");
        return true;
    }

    private void act(java.util.function.Function<PurchaseOrder, PurchaseOrder> call, String doneKey) {
        PurchaseOrder o = selected.get();
        if (o == null) {
            return;
        }
        message.set("");
        tasks.run(() -> call.apply(o), after -> show(after, m.get(doneKey, after.id())), t -> {
            message.set("");
            error.set(m.describe(t));
        });
    }

    /** The drafts made by "Order low stock": listed, the first one selected. */
    public void created(List<PurchaseOrder> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        status.set(null);
        refresh();
        show(drafts.get(0), m.get("purchasing.lowStock.made", drafts.size()));
    }

    /** Keeps the list current as orders change anywhere (another manager, a backorder). */
    public void onEvent(Event e) {
        switch (e.type()) {
            case PurchaseOrderCreated,
                    PurchaseOrderUpdated,
                    PurchaseOrderPlaced,
                    PartsReceived,
                    PurchaseOrderClosed,
                    PurchaseOrderCancelled,
                    PartBackordered -> refresh();
            case SupplierCreated, SupplierUpdated -> loadSuppliers();
            default -> {}
        }
    }

    /** Run with the selected order, if any. */
    public void withSelected(Consumer<PurchaseOrder> c) {
        if (selected.get() != null) {
            c.accept(selected.get());
        }
    }
}
