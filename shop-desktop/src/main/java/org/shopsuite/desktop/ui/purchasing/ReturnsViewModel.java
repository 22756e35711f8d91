package org.shopsuite.desktop.ui.purchasing;

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
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CreditInput;
import org.shopsuite.model.Event;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnKind;
import org.shopsuite.model.VendorReturnStatus;

/** Parts and cores sent back to suppliers: the list by status, and recording a supplier's credit. */
public final class ReturnsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<VendorReturnStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<VendorReturn> returns = FXCollections.observableArrayList();
    private final ObjectProperty<VendorReturn> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final java.util.Map<Long, String> partNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final BooleanBinding mayCredit = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().status() == VendorReturnStatus.OPEN, selected);

    public ReturnsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        status.addListener((o, a, b) -> refresh());
    }

    public Session session() {
        return session;
    }

    public Tasks tasks() {
        return tasks;
    }

    public ObjectProperty<VendorReturnStatus> statusProperty() {
        return status;
    }

    public ObservableList<VendorReturn> returns() {
        return returns;
    }

    public ObjectProperty<VendorReturn> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding mayCreditProperty() {
        return mayCredit;
    }

    /** "Open, 12 days" for an open core return (it waits for its deposit), else the status. */
    public String status(VendorReturn r) {
        String s = m.get("vr.status." + r.status().name());
        if (r.status() == VendorReturnStatus.OPEN && r.kind() == VendorReturnKind.CORE) {
            return m.get("vr.openFor", s, r.ageDays());
        }
        return s;
    }

    /** A return line's part as "number name" (its id until the catalogue is loaded). */
    public String part(Long vehiclePartId) {
        if (vehiclePartId == null) {
            return "";
        }
        return partNames.getOrDefault(vehiclePartId, "#" + vehiclePartId);
    }

    public void refresh() {
        VendorReturnStatus st = status.get();
        tasks.run(
                () -> {
                    if (partNames.isEmpty()) {
                        for (org.shopsuite.model.VehiclePart p :
                                session.client().catalogue(null, false)) {
                            partNames.put(p.id(), p.partId() + " " + p.partName());
                        }
                    }
                    return session.client().vendorReturns(st);
                },
                list -> {
                    VendorReturn shown = selected.get();
                    returns.setAll(list);
                    if (shown != null) {
                        selected.set(list.stream()
                                .filter(r -> r.id() == shown.id())
                                .findFirst()
                                .orElse(null));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** A return just made or credited: listed and selected. */
    public void show(VendorReturn r, String text) {
        error.set("");
        message.set(text);
        refresh();
        selected.set(r);
    }

    /**
     * Records the supplier's credit memo for the selected return; field errors go to {@code errors}
     * ({@code creditMemoNumber}, {@code amount}), {@code done} runs once the server took it.
     */
    public void credit(
            String memo,
            String amount,
            javafx.collections.ObservableMap<String, String> errors,
            StringProperty general,
            String key,
            Runnable done) {
        VendorReturn r = selected.get();
        if (r == null) {
            return;
        }
        errors.clear();
        general.set("");
        Long a = Forms.whole(errors, "amount", amount, m);
        if (!errors.isEmpty()) {
            return;
        }
        CreditInput in = new CreditInput(Forms.blankToNull(memo), a);
        tasks.run(
                () -> session.client().creditVendorReturn(r.id(), in, key),
                after -> {
                    done.run();
                    show(after, m.get("vr.credited", after.id()));
                },
                t -> Forms.fail(errors, general, t, m));
    }

    /** A fresh key for one credit dialog. */
    public static String newKey() {
        return ShopClient.newIdempotencyKey();
    }

    public void onEvent(Event e) {
        switch (e.type()) {
            case VendorReturnCreated, VendorCreditReceived -> refresh();
            default -> {}
        }
    }

    /** Run with the selected return, if any. */
    public void withSelected(Consumer<VendorReturn> c) {
        if (selected.get() != null) {
            c.accept(selected.get());
        }
    }
}
