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
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnInput;
import org.shopsuite.model.VendorReturnKind;
import org.shopsuite.model.VendorReturnLine;

/**
 * A vendor return: the supplier, RETURN (parts back, stock down) or CORE (old parts for their
 * deposit), and lines of part, quantity, unit cost (prefilled: the cost price, or the core charge)
 * and reason.
 */
public final class ReturnFormViewModel {
    /** A line of the form. */
    public static final class Line {
        private final ObjectProperty<VehiclePart> part = new SimpleObjectProperty<>();
        private final StringProperty quantity = new SimpleStringProperty("1");
        private final StringProperty unitCost = new SimpleStringProperty("");
        private final StringProperty reason = new SimpleStringProperty("");

        public ObjectProperty<VehiclePart> partProperty() {
            return part;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }

        public StringProperty unitCostProperty() {
            return unitCost;
        }

        public StringProperty reasonProperty() {
            return reason;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final ObjectProperty<VendorReturnKind> kind = new SimpleObjectProperty<>(VendorReturnKind.RETURN);
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObservableList<VehiclePart> parts = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    public ReturnFormViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        Forms.clearOnEdit(fieldErrors, "supplierId", supplier);
        kind.addListener((o, a, b) -> lines.forEach(this::prefill));
    }

    public void load(Runnable then) {
        tasks.run(
                () -> new Choices(
                        session.client().suppliers(false), session.client().catalogue(null, false)),
                c -> {
                    suppliers.setAll(c.suppliers());
                    parts.setAll(c.parts());
                    if (lines.isEmpty()) {
                        addLine();
                    }
                    then.run();
                },
                t -> error.set(m.describe(t)));
    }

    private record Choices(List<Supplier> suppliers, List<VehiclePart> parts) {}

    public Line addLine() {
        Line l = new Line();
        l.part.addListener((o, a, b) -> prefill(l));
        lines.add(l);
        return l;
    }

    private void prefill(Line l) {
        VehiclePart p = l.part.get();
        if (p != null) {
            l.unitCost.set(Long.toString(kind.get() == VendorReturnKind.CORE ? p.coreCharge() : p.costPrice()));
        }
    }

    public void removeLine(Line l) {
        lines.remove(l);
    }

    public ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    public ObjectProperty<VendorReturnKind> kindProperty() {
        return kind;
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

    public String kind(VendorReturnKind k) {
        return m.get("vr.kind." + k.name());
    }

    public void save(Consumer<VendorReturn> done) {
        fieldErrors.clear();
        error.set("");
        if (supplier.get() == null) {
            fieldErrors.put("supplierId", m.get("field.is.required"));
        }
        List<VendorReturnLine> in = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.part.get() == null) {
                fieldErrors.put("lines[" + i + "].vehiclePartId", m.get("field.is.required"));
                continue;
            }
            Long q = Forms.whole(fieldErrors, "lines[" + i + "].quantity", l.quantity.get(), m);
            Long c = Forms.whole(fieldErrors, "lines[" + i + "].unitCost", l.unitCost.get(), m);
            in.add(new VendorReturnLine(
                    l.part.get().id(), q == null ? null : q.intValue(), c, Forms.blankToNull(l.reason.get())));
        }
        if (lines.isEmpty()) {
            fieldErrors.put("lines", m.get("purchasing.form.noLines"));
        }
        if (!fieldErrors.isEmpty()) {
            error.set(m.get("form.checkFields"));
            return;
        }
        VendorReturnInput body = new VendorReturnInput(supplier.get().id(), kind.get(), in);
        busy.set(true);
        tasks.run(
                () -> session.client().createVendorReturn(body, key),
                r -> {
                    busy.set(false);
                    done.accept(r);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
