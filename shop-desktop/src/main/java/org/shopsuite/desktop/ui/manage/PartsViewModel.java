package org.shopsuite.desktop.ui.manage;

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
import org.shopsuite.model.Event;
import org.shopsuite.model.StockAdjustmentInput;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;

/** The manager's parts catalogue: stock at a glance, add and edit parts, receive stock, ledger. */
public final class PartsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty lowStockOnly = new SimpleBooleanProperty();
    private final ObservableList<VehiclePart> parts = FXCollections.observableArrayList();
    private final ObjectProperty<VehiclePart> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final StringProperty partId = new SimpleStringProperty("");
    private final StringProperty partName = new SimpleStringProperty("");
    private final StringProperty partPrice = new SimpleStringProperty("");
    private final StringProperty costPrice = new SimpleStringProperty("");
    private final StringProperty reorderPoint = new SimpleStringProperty("");
    private final StringProperty barcode = new SimpleStringProperty("");
    private final StringProperty initialStock = new SimpleStringProperty("");
    private final StringProperty delta = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<StockMovement> ledger = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** The chain's other locations, where the shown part's units can be sent (none: a single shop). */
    private final ObservableList<org.shopsuite.model.Location> otherLocations = FXCollections.observableArrayList();

    private final ObjectProperty<org.shopsuite.model.Location> transferTo = new SimpleObjectProperty<>();
    private final StringProperty transferQuantity = new SimpleStringProperty("");
    private final StringProperty transferNote = new SimpleStringProperty("");

    public PartsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        selected.addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) {
                creating.set(false);
                fill(b);
                loadLedger(b.id());
            }
        });
        lowStockOnly.addListener((o, a, b) -> refresh());
        Forms.clearOnEdit(fieldErrors, "partId", partId);
        Forms.clearOnEdit(fieldErrors, "partName", partName);
        Forms.clearOnEdit(fieldErrors, "partPrice", partPrice);
        Forms.clearOnEdit(fieldErrors, "costPrice", costPrice);
        Forms.clearOnEdit(fieldErrors, "reorderPoint", reorderPoint);
        Forms.clearOnEdit(fieldErrors, "barcode", barcode);
        Forms.clearOnEdit(fieldErrors, "stock", initialStock);
        Forms.clearOnEdit(fieldErrors, "delta", delta);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
        Forms.clearOnEdit(fieldErrors, "lines[0].quantity", transferQuantity);
        Forms.clearOnEdit(fieldErrors, "note", transferNote);
    }

    /** A failure replaces the last success message: the two are never shown together. */
    private void failed(Throwable t) {
        message.set("");
        Forms.fail(fieldErrors, error, t, m);
    }

    /** A success replaces the last error. */
    private void succeeded(String text) {
        error.set("");
        message.set(text);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty lowStockOnlyProperty() {
        return lowStockOnly;
    }

    public ObservableList<VehiclePart> parts() {
        return parts;
    }

    public ObjectProperty<VehiclePart> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty partIdProperty() {
        return partId;
    }

    public StringProperty partNameProperty() {
        return partName;
    }

    public StringProperty partPriceProperty() {
        return partPrice;
    }

    public StringProperty costPriceProperty() {
        return costPrice;
    }

    public StringProperty reorderPointProperty() {
        return reorderPoint;
    }

    public StringProperty barcodeProperty() {
        return barcode;
    }

    public StringProperty initialStockProperty() {
        return initialStock;
    }

    public StringProperty deltaProperty() {
        return delta;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<org.shopsuite.model.Location> otherLocations() {
        return otherLocations;
    }

    public ObjectProperty<org.shopsuite.model.Location> transferToProperty() {
        return transferTo;
    }

    public StringProperty transferQuantityProperty() {
        return transferQuantity;
    }

    public StringProperty transferNoteProperty() {
        return transferNote;
    }

    /** Reads the chain's locations, to offer sending units to the others (only a manager's screen). */
    public void loadLocations() {
        long here = session.client().locationId();
        tasks.run(
                () -> session.client().locations().stream()
                        .filter(l -> l.id() != here)
                        .toList(),
                others -> {
                    otherLocations.setAll(others);
                    if (transferTo.get() == null && !others.isEmpty()) {
                        transferTo.set(others.get(0));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /**
     * Sends units of the shown part from this location's stock to another location's (issue 22):
     * one transfer, a ledger row on each side; refused with nothing moved when fewer are here.
     */
    public void transfer() {
        VehiclePart part = selected.get();
        org.shopsuite.model.Location to = transferTo.get();
        if (part == null || to == null) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        message.set("");
        Long units = Forms.whole(fieldErrors, "lines[0].quantity", transferQuantity.get(), m);
        if (units == null) {
            fieldErrors.putIfAbsent("lines[0].quantity", m.get("field.is.required"));
            return;
        }
        String key = ShopClient.newIdempotencyKey();
        org.shopsuite.model.StockTransferInput in = new org.shopsuite.model.StockTransferInput(
                session.client().locationId(),
                to.id(),
                java.util.List.of(new org.shopsuite.model.StockTransferLineInput(part.id(), units.intValue())),
                Forms.blankToNull(transferNote.get()));
        tasks.run(
                () -> session.client().transferStock(in, key),
                done -> {
                    transferQuantity.set("");
                    transferNote.set("");
                    org.shopsuite.model.StockTransferLine line = done.lines().get(0);
                    succeeded(m.get(
                            "parts.transferred", line.quantity(), part.partId(), to.name(), line.fromStockAfter()));
                    refresh();
                    loadLedger(part.id());
                },
                this::failed);
    }

    public ObservableList<StockMovement> ledger() {
        return ledger;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        String q = Forms.blankToNull(query.get());
        boolean low = lowStockOnly.get();
        tasks.run(
                () -> session.client().catalogue(q, low),
                list -> {
                    // The part shown is the one selected when the answer comes (not when asked),
                    // and one the new list no longer has is not shown as if it were selected.
                    VehiclePart shown = selected.get();
                    parts.setAll(list);
                    if (shown != null) {
                        VehiclePart fresh = list.stream()
                                .filter(p -> p.id() == shown.id())
                                .findFirst()
                                .orElse(null);
                        selected.set(fresh);
                        if (fresh != null) {
                            fill(fresh);
                        } else {
                            ledger.clear();
                            fill(new VehiclePart(0, "", "", 0, 0, 0, 0, null, false, 0, 0, 0, null, 0, 1, 0));
                            partPrice.set("");
                        }
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** Starts a new part in the form. */
    public void startNew() {
        selected.set(null);
        creating.set(true);
        ledger.clear();
        fill(new VehiclePart(0, "", "", 0, 0, 0, 0, null, false, 0, 0, 0, null, 0, 1, 0));
        partPrice.set("");
        initialStock.set("");
    }

    public void save() {
        fieldErrors.clear();
        error.set("");
        message.set("");
        Long price = Forms.whole(fieldErrors, "partPrice", partPrice.get(), m);
        Long cost = Forms.whole(fieldErrors, "costPrice", costPrice.get(), m);
        Long reorder = Forms.whole(fieldErrors, "reorderPoint", reorderPoint.get(), m);
        Long stock = Forms.whole(fieldErrors, "stock", initialStock.get(), m);
        if (!fieldErrors.isEmpty()) {
            return;
        }
        VehiclePart current = selected.get();
        VehiclePartInput in = new VehiclePartInput(
                partId.get(),
                partName.get(),
                creating.get() && stock != null ? stock.intValue() : null,
                price,
                cost,
                reorder == null ? null : reorder.intValue(),
                Forms.blankToNull(barcode.get()),
                creating.get() || current == null ? null : current.defaultSupplierId(),
                creating.get() || current == null ? null : current.coreCharge());
        boolean isNew = creating.get() || current == null;
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> isNew
                        ? session.client().createPart(in, key)
                        : session.client().updatePart(current.id(), current.version(), in),
                saved -> {
                    creating.set(false);
                    succeeded(m.get("parts.saved", saved.partId()));
                    replace(saved);
                    selected.set(saved);
                    loadLedger(saved.id());
                },
                this::failed);
    }

    /** Receives stock (positive) or corrects a count (either sign), with a reason. */
    public void adjust() {
        VehiclePart part = selected.get();
        if (part == null) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        message.set("");
        Long d = Forms.whole(fieldErrors, "delta", delta.get(), m);
        if (d == null) {
            fieldErrors.putIfAbsent("delta", m.get("field.is.required"));
            return;
        }
        String key = ShopClient.newIdempotencyKey();
        StockAdjustmentInput in = new StockAdjustmentInput(d.intValue(), reason.get());
        tasks.run(
                () -> session.client().adjustStock(part.id(), in, key),
                after -> {
                    delta.set("");
                    reason.set("");
                    succeeded(m.get("parts.adjusted", after.partId(), after.stock()));
                    replace(after);
                    selected.set(after);
                    loadLedger(after.id());
                },
                this::failed);
    }

    public void onEvent(Event e) {
        switch (e.type()) {
            case VehiclePartCreated,
                    VehiclePartUpdated,
                    StockAdjusted,
                    PartIssued,
                    PartReturned,
                    LowStock,
                    StockTransferred -> refresh();
            default -> {}
        }
    }

    private void loadLedger(long id) {
        tasks.run(() -> session.client().movements(id), ledger::setAll, t -> error.set(m.describe(t)));
    }

    private void replace(VehiclePart p) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id() == p.id()) {
                parts.set(i, p);
                return;
            }
        }
        parts.add(p);
    }

    private void fill(VehiclePart p) {
        fieldErrors.clear();
        partId.set(p.partId());
        partName.set(p.partName());
        partPrice.set(Long.toString(p.partPrice()));
        costPrice.set(Long.toString(p.costPrice()));
        reorderPoint.set(Integer.toString(p.reorderPoint()));
        barcode.set(Forms.text(p.barcode()));
    }
}
