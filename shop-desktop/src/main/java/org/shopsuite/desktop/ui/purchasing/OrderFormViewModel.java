package org.shopsuite.desktop.ui.purchasing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderLine;
import org.shopsuite.model.PurchaseOrderLineInput;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;

/**
 * A new purchase order or an edited draft: the supplier and lines (part, quantity, unit cost,
 * prefilled from the part's cost price). An edit is sent with the draft's version; when someone
 * changed it meanwhile (412) the form reloads it and says so.
 */
public final class OrderFormViewModel {
    /** A line of the form. */
    public static final class Line {
        private final ObjectProperty<VehiclePart> part = new SimpleObjectProperty<>();
        private final StringProperty quantity = new SimpleStringProperty("1");
        private final StringProperty unitCost = new SimpleStringProperty("");
        private final Long jobId;

        Line(Long jobId) {
            this.jobId = jobId;
            part.addListener((o, a, b) -> {
                if (b != null && (a == null || a.id() != b.id())) {
                    unitCost.set(Long.toString(b.costPrice()));
                }
            });
        }

        public ObjectProperty<VehiclePart> partProperty() {
            return part;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }

        public StringProperty unitCostProperty() {
            return unitCost;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private PurchaseOrder editing;
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObservableList<VehiclePart> parts = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    /** @param editing the draft to edit, or null for a new order */
    public OrderFormViewModel(Session session, Tasks tasks, PurchaseOrder editing) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.editing = editing;
        Forms.clearOnEdit(fieldErrors, "supplierId", supplier);
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Loads the suppliers and parts to choose from, then the draft's own values. */
    public void load(Runnable then) {
        tasks.run(
                () -> new Choices(
                        session.client().suppliers(false), session.client().catalogue(null, false)),
                c -> {
                    suppliers.setAll(c.suppliers());
                    parts.setAll(c.parts());
                    fill();
                    then.run();
                },
                t -> error.set(m.describe(t)));
    }

    private record Choices(List<Supplier> suppliers, List<VehiclePart> parts) {}

    private void fill() {
        lines.clear();
        if (editing == null) {
            addLine();
            return;
        }
        supplier.set(suppliers.stream()
                .filter(s -> s.id() == editing.supplierId())
                .findFirst()
                .orElse(null));
        for (PurchaseOrderLine l : editing.lines()) {
            Line line = new Line(l.jobId());
            line.part.set(parts.stream()
                    .filter(p -> p.id() == l.vehiclePartId())
                    .findFirst()
                    .orElse(null));
            line.quantity.set(Integer.toString(l.quantity()));
            line.unitCost.set(Long.toString(l.unitCost()));
            lines.add(line);
        }
    }

    public void addLine() {
        lines.add(new Line(null));
    }

    public void removeLine(Line l) {
        lines.remove(l);
    }

    public ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObservableList<VehiclePart> parts() {
        return parts;
    }

    public ObservableList<Line> lines() {
        return lines;
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

    /** Creates the order or saves the draft; {@code done} gets it as the server keeps it. */
    public void save(Consumer<PurchaseOrder> done) {
        fieldErrors.clear();
        error.set("");
        if (supplier.get() == null) {
            fieldErrors.put("supplierId", m.get("field.is.required"));
        }
        List<PurchaseOrderLineInput> in = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.part.get() == null) {
                fieldErrors.put("lines[" + i + "].vehiclePartId", m.get("field.is.required"));
                continue;
            }
            Long q = Forms.whole(fieldErrors, "lines[" + i + "].quantity", l.quantity.get(), m);
            Long c = Forms.whole(fieldErrors, "lines[" + i + "].unitCost", l.unitCost.get(), m);
            in.add(new PurchaseOrderLineInput(l.part.get().id(), q == null ? null : q.intValue(), c, l.jobId));
        }
        if (lines.isEmpty()) {
            fieldErrors.put("lines", m.get("purchasing.form.noLines"));
        }
        if (!fieldErrors.isEmpty()) {
            error.set(m.get("form.checkFields"));
            return;
        }
        PurchaseOrderInput body = new PurchaseOrderInput(supplier.get().id(), in);
        PurchaseOrder draft = editing;
        busy.set(true);
        tasks.run(
                () -> draft == null
                        ? session.client().createPurchaseOrder(body, key)
                        : session.client().updatePurchaseOrder(draft.id(), draft.version(), body),
                saved -> {
                    busy.set(false);
                    done.accept(saved);
                },
                t -> {
                    busy.set(false);
                    if (draft != null && t instanceof ApiError e && e.status() == 412) {
                        reload(draft.id());
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }

    /** Someone changed the draft: show theirs, say so; the user edits again from there. */
    private void reload(long id) {
        tasks.run(
                () -> session.client().purchaseOrder(id),
                fresh -> {
                    editing = fresh;
                    fill();
                    error.set(m.get("purchasing.form.reloaded"));
                },
                t -> error.set(m.describe(t)));
    }
}
