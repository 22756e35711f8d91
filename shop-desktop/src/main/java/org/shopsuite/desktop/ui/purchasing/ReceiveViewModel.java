package org.shopsuite.desktop.ui.purchasing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.DeliveryLine;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderLine;
import org.shopsuite.model.VehiclePart;

/**
 * Receiving a delivery by scanner: each scan (a barcode or part number, then Enter) adds one of
 * that part, or the typed quantity; each line counts "received now / still outstanding". A code
 * not on the order changes nothing and raises {@link #unknownProperty()} (the view shows it red
 * and beeps); more than outstanding marks the line over and Post waits for "Allow over-receipt".
 * One Post sends one delivery with one idempotency key for the dialog's life.
 */
public final class ReceiveViewModel {
    /** A part of the order: ordered and received so far over its lines, and what this delivery brings. */
    public static final class Line {
        private final long vehiclePartId;
        private final String partId;
        private final String partName;
        private final int ordered;
        private final int receivedBefore;
        private final IntegerProperty now = new SimpleIntegerProperty();
        private final BooleanBinding over;
        private String barcode;

        Line(long vehiclePartId, String partId, String partName, int ordered, int receivedBefore) {
            this.vehiclePartId = vehiclePartId;
            this.partId = partId;
            this.partName = partName;
            this.ordered = ordered;
            this.receivedBefore = receivedBefore;
            this.over = Bindings.createBooleanBinding(() -> now.get() > outstanding(), now);
        }

        public long vehiclePartId() {
            return vehiclePartId;
        }

        public String partId() {
            return partId;
        }

        public String partName() {
            return partName;
        }

        public int ordered() {
            return ordered;
        }

        public int receivedBefore() {
            return receivedBefore;
        }

        /** Still to come before this delivery. */
        public int outstanding() {
            return Math.max(0, ordered - receivedBefore);
        }

        public IntegerProperty nowProperty() {
            return now;
        }

        /** More came than is outstanding. */
        public BooleanBinding overProperty() {
            return over;
        }

        public String barcode() {
            return barcode;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final PurchaseOrder order;
    private final Runnable beep;
    private final ObservableList<Line> lines =
            FXCollections.observableArrayList(l -> new javafx.beans.Observable[] {l.now});
    private final StringProperty invoiceNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> invoiceDate = new SimpleObjectProperty<>();
    private final StringProperty scan = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty unknown = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty last = new SimpleStringProperty("");
    private final BooleanProperty allowOver = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding anyOver;
    private final String key = ShopClient.newIdempotencyKey();

    /** @param beep sounds the "not on this order" signal */
    public ReceiveViewModel(Session session, Tasks tasks, PurchaseOrder order, Runnable beep) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.order = order;
        this.beep = beep;
        Map<Long, int[]> sums = new LinkedHashMap<>();
        Map<Long, PurchaseOrderLine> first = new LinkedHashMap<>();
        for (PurchaseOrderLine l : order.lines()) {
            int[] s = sums.computeIfAbsent(l.vehiclePartId(), k -> new int[2]);
            s[0] += l.quantity();
            s[1] += l.receivedQuantity();
            first.putIfAbsent(l.vehiclePartId(), l);
        }
        List<Line> out = new ArrayList<>();
        first.forEach((id, l) -> out.add(new Line(id, l.partId(), l.partName(), sums.get(id)[0], sums.get(id)[1])));
        lines.setAll(out);
        anyOver = Bindings.createBooleanBinding(() -> lines.stream().anyMatch(l -> l.over.get()), lines);
        scan.addListener((o, a, b) -> unknown.set(""));
        // The vendor's invoice usually comes with the parts: today unless changed.
        invoiceDate.set(LocalDate.now(java.time.ZoneId.of(session.shop().timezone())));
    }

    /** Fetches the parts' barcodes (an order line names the part, the scanner reads its barcode). */
    public void load() {
        tasks.run(
                () -> session.client().catalogue(null, false),
                parts -> {
                    for (VehiclePart p : parts) {
                        lines.stream().filter(l -> l.vehiclePartId == p.id()).forEach(l -> l.barcode = p.barcode());
                    }
                },
                t -> error.set(m.describe(t)));
    }

    public String header() {
        return m.get("purchasing.receive.header", order.id(), order.supplierName());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty invoiceNumberProperty() {
        return invoiceNumber;
    }

    public ObjectProperty<LocalDate> invoiceDateProperty() {
        return invoiceDate;
    }

    /** The scan field: a barcode or part number. */
    public StringProperty scanProperty() {
        return scan;
    }

    /** How many the next scan counts (blank: one; negative: a miscount taken back). */
    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The code just scanned that is not on this order, said for the user, or empty. */
    public StringProperty unknownProperty() {
        return unknown;
    }

    /** What the last scan did ("+1 Tyre: 3 / 4"), or empty. */
    public StringProperty lastProperty() {
        return last;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty allowOverProperty() {
        return allowOver;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Some line has more than was outstanding. */
    public BooleanBinding anyOverProperty() {
        return anyOver;
    }

    /** "received now / still outstanding" for a line, marked when more came than outstanding. */
    public String count(Line l) {
        return m.get(
                l.over.get() ? "purchasing.receive.countOver" : "purchasing.receive.count",
                l.now.get(),
                l.outstanding());
    }

    /** Enter in the scan field: adds the quantity (one when blank) to the line the code names. */
    public void scan() {
        String code = Forms.blankToNull(scan.get());
        if (code == null) {
            return;
        }
        error.set("");
        int q = 1;
        String typed = Forms.blankToNull(quantity.get());
        if (typed != null) {
            try {
                q = Integer.parseInt(typed.replace(",", ""));
            } catch (NumberFormatException e) {
                q = 0;
            }
            if (q == 0) {
                error.set(m.get("purchasing.receive.badQuantity"));
                return;
            }
        }
        Line line = lines.stream()
                .filter(l -> code.equals(l.barcode) || code.equalsIgnoreCase(l.partId))
                .findFirst()
                .orElse(null);
        if (line == null) {
            scan.set("");
            unknown.set(m.get("purchasing.receive.unknown", code));
            last.set("");
            beep.run();
            return;
        }
        // A negative count takes back a miscount (never below none).
        line.now.set(Math.max(0, line.now.get() + q));
        scan.set("");
        quantity.set("");
        last.set(m.get("purchasing.receive.added", (q > 0 ? "+" : "") + q, line.partName, count(line)));
    }

    /** Posts the delivery; {@code done} gets the order as it is now. Over needs the tick first. */
    public void post(Consumer<PurchaseOrder> done) {
        error.set("");
        List<DeliveryLine> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.now.get() > 0) {
                out.add(new DeliveryLine(l.vehiclePartId, null, l.now.get(), null));
            }
        }
        if (out.isEmpty()) {
            error.set(m.get("purchasing.receive.nothing"));
            return;
        }
        if (anyOver.get() && !allowOver.get()) {
            error.set(m.get("purchasing.receive.overNeedsTick"));
            return;
        }
        DeliveryInput in = new DeliveryInput(
                Forms.blankToNull(invoiceNumber.get()), invoiceDate.get(), out, allowOver.get() ? Boolean.TRUE : null);
        busy.set(true);
        tasks.run(
                () -> session.client().receive(order.id(), in, key),
                after -> {
                    busy.set(false);
                    done.accept(after);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }
}
