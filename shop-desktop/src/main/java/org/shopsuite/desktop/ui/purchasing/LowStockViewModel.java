package org.shopsuite.desktop.ui.purchasing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderLineInput;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;

/**
 * "Order low stock" in one step: every low-stock part with a suggested quantity ({@link
 * LowStockPlan}) and its default supplier, to review and edit; then one DRAFT order per supplier.
 * A part with no default supplier needs one chosen here; a quantity of 0 leaves the part out.
 */
public final class LowStockViewModel {
    /** A part to order: how many and from whom (both editable). */
    public static final class Row {
        private final VehiclePart part;
        private final StringProperty quantity;
        private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
        private final StringProperty error = new SimpleStringProperty("");

        Row(VehiclePart part, Supplier supplier) {
            this.part = part;
            this.quantity = new SimpleStringProperty(Integer.toString(LowStockPlan.suggest(part)));
            this.supplier.set(supplier);
            this.quantity.addListener((o, a, b) -> error.set(""));
            this.supplier.addListener((o, a, b) -> error.set(""));
        }

        public VehiclePart part() {
            return part;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }

        public ObjectProperty<Supplier> supplierProperty() {
            return supplier;
        }

        /** What is wrong with this row (a quantity that is no number, no supplier), or empty. */
        public StringProperty errorProperty() {
            return error;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** One idempotency key per supplier for the dialog's life: a retried Create makes no second draft. */
    private final Map<Long, String> keys = new HashMap<>();
    /** Suppliers whose draft was made already (a retry after a partial failure skips them). */
    private final Map<Long, PurchaseOrder> made = new LinkedHashMap<>();

    public LowStockViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    /** Loads the low-stock parts and the active suppliers; {@code then} runs once both are shown. */
    public void load(Runnable then) {
        busy.set(true);
        tasks.run(
                () -> new Loaded(
                        session.client().catalogue(null, true), session.client().suppliers(false)),
                l -> {
                    busy.set(false);
                    suppliers.setAll(l.suppliers());
                    List<Row> out = new ArrayList<>();
                    for (VehiclePart p : l.parts()) {
                        Supplier s = p.defaultSupplierId() == null
                                ? null
                                : l.suppliers().stream()
                                        .filter(x -> x.id() == p.defaultSupplierId())
                                        .findFirst()
                                        .orElse(null);
                        out.add(new Row(p, s));
                    }
                    rows.setAll(out);
                    then.run();
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    private record Loaded(List<VehiclePart> parts, List<Supplier> suppliers) {}

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * The drafts to make, one per supplier in the order suppliers first appear, or null (with the
     * rows' errors set) when a row is not ready.
     */
    Map<Supplier, List<PurchaseOrderLineInput>> drafts() {
        Map<Long, Supplier> byId = new LinkedHashMap<>();
        Map<Long, List<PurchaseOrderLineInput>> lines = new LinkedHashMap<>();
        boolean ok = true;
        for (Row r : rows) {
            int q;
            try {
                q = Integer.parseInt(r.quantity.get().strip());
            } catch (NumberFormatException e) {
                r.error.set(m.get("field.must.be.a.whole.number"));
                ok = false;
                continue;
            }
            if (q < 0) {
                r.error.set(m.get("field.must.be.a.whole.number"));
                ok = false;
                continue;
            }
            if (q == 0) {
                continue;
            }
            Supplier s = r.supplier.get();
            if (s == null) {
                r.error.set(m.get("purchasing.lowStock.noSupplier"));
                ok = false;
                continue;
            }
            byId.putIfAbsent(s.id(), s);
            lines.computeIfAbsent(s.id(), k -> new ArrayList<>())
                    .add(new PurchaseOrderLineInput(r.part.id(), q, r.part.costPrice(), null));
        }
        if (!ok) {
            return null;
        }
        Map<Supplier, List<PurchaseOrderLineInput>> out = new LinkedHashMap<>();
        lines.forEach((id, l) -> out.put(byId.get(id), l));
        return out;
    }

    /** Makes the drafts; {@code done} gets them (all of them, also those a first try made). */
    public void create(Consumer<List<PurchaseOrder>> done) {
        error.set("");
        Map<Supplier, List<PurchaseOrderLineInput>> plan = drafts();
        if (plan == null) {
            error.set(m.get("form.checkFields"));
            return;
        }
        if (plan.isEmpty()) {
            error.set(m.get("purchasing.lowStock.nothing"));
            return;
        }
        plan.keySet().forEach(s -> keys.computeIfAbsent(s.id(), k -> ShopClient.newIdempotencyKey()));
        busy.set(true);
        tasks.run(
                () -> {
                    for (Map.Entry<Supplier, List<PurchaseOrderLineInput>> e : plan.entrySet()) {
                        long id = e.getKey().id();
                        if (!made.containsKey(id)) {
                            made.put(
                                    id,
                                    session.client()
                                            .createPurchaseOrder(
                                                    new PurchaseOrderInput(id, e.getValue()), keys.get(id)));
                        }
                    }
                    return List.copyOf(made.values());
                },
                orders -> {
                    busy.set(false);
                    done.accept(orders);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }
}
