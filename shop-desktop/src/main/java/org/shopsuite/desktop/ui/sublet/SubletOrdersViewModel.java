package org.shopsuite.desktop.ui.sublet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.SubletOrderStatus;

/**
 * The contractor's screen: the supplier's sublet orders (the server lists only theirs), one
 * status or all, the one selected, and what may be done with it (schedule, complete). Kept
 * current by the sublet events; a stub of another supplier's event (no data) changes nothing.
 */
public final class SubletOrdersViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;

    private final ObservableList<SubletOrder> orders = FXCollections.observableArrayList();
    private final ObjectProperty<SubletOrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<SubletOrder> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding open;

    public SubletOrdersViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.open = Bindings.createBooleanBinding(() -> isOpen(selected.get()), selected);
        status.addListener((o, a, b) -> refresh());
    }

    /** Whether work on the order is still to come (it may be scheduled or completed). */
    static boolean isOpen(SubletOrder o) {
        return o != null && (o.status() == SubletOrderStatus.ORDERED || o.status() == SubletOrderStatus.SCHEDULED);
    }

    public ObservableList<SubletOrder> orders() {
        return orders;
    }

    /** The status listed; null lists them all. */
    public ObjectProperty<SubletOrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<SubletOrder> selectedProperty() {
        return selected;
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

    /** The selected order can be scheduled or completed. */
    public BooleanBinding openProperty() {
        return open;
    }

    /** The statuses to choose from, null (all) first. */
    public List<SubletOrderStatus> statuses() {
        List<SubletOrderStatus> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(List.of(SubletOrderStatus.values()));
        return out;
    }

    public String statusText(SubletOrderStatus s) {
        return s == null ? m.get("sublet.status.all") : m.get("sublet." + s.name());
    }

    /** What the contractor charges, in the shop's currency. */
    public String cost(SubletOrder o) {
        return o.cost() == 0 && isOpen(o) ? "" : m.money(o.cost(), currency());
    }

    public String scheduledOn(SubletOrder o) {
        return o.scheduledOn() == null ? "" : m.date(o.scheduledOn());
    }

    /** The selected order's details, one fact a line (empty when none is selected). */
    public String facts(SubletOrder o) {
        if (o == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        line(b, "sublet.vehicle", o.plate() + (o.vehicleDescription() == null ? "" : "  " + o.vehicleDescription()));
        line(b, "sublet.status", m.get("sublet." + o.status().name()));
        line(
                b,
                "sublet.for",
                o.claimId() != null
                        ? m.get("sublet.for.claim", Long.toString(o.claimId()))
                        : o.jobId() == null ? "" : m.get("sublet.for.job", Long.toString(o.jobId())));
        line(
                b,
                "sublet.orderedBy",
                o.createdBy() == null
                        ? ""
                        : o.createdBy()
                                + (o.createdAt() == null
                                        ? ""
                                        : "  " + m.date(LocalDate.ofInstant(o.createdAt(), zone()))));
        line(b, "sublet.scheduledOn", scheduledOn(o));
        line(b, "sublet.cost", cost(o));
        line(b, "sublet.vendorInvoice", o.vendorInvoiceNumber());
        line(b, "sublet.notes", o.notes());
        line(b, "sublet.cancelReason", o.cancelReason());
        return b.toString().strip();
    }

    private void line(StringBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append(m.get(key)).append(": ").append(value).append('\n');
        }
    }

    String currency() {
        String c = session.shop().currency();
        return c == null ? "KRW" : c;
    }

    ZoneId zone() {
        String z = session.shop().timezone();
        return z == null ? ZoneId.systemDefault() : ZoneId.of(z);
    }

    /** Today where the shop is: the first day work can be scheduled on. */
    LocalDate today() {
        return LocalDate.now(zone());
    }

    /** Loads the list again, keeping the selected order selected (in its new state) if listed. */
    public void refresh() {
        SubletOrderStatus filter = status.get();
        tasks.run(
                () -> session.client().subletOrders(filter, null, null),
                list -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    orders.setAll(list);
                    selected.set(
                            keep == null
                                    ? null
                                    : list.stream()
                                            .filter(o -> o.id() == keep)
                                            .findFirst()
                                            .orElse(null));
                    error.set("");
                },
                t -> error.set(m.describe(t)));
    }

    /** Shows an order as the server now has it (after this screen changed it). */
    void changed(SubletOrder o, String text) {
        message.set(text);
        error.set("");
        boolean listed = status.get() == null || status.get() == o.status();
        int at = indexOf(o.id());
        if (at >= 0 && listed) {
            orders.set(at, o);
        } else if (at >= 0) {
            orders.remove(at);
        } else if (listed) {
            orders.add(0, o);
        }
        selected.set(listed ? o : null);
    }

    private int indexOf(long id) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The form to schedule the selected order, or null when it cannot be. */
    public ScheduleSubletViewModel scheduleForm() {
        SubletOrder o = selected.get();
        return isOpen(o) ? new ScheduleSubletViewModel(session, tasks, o, today(), this) : null;
    }

    /** The form to complete the selected order, or null when it cannot be. */
    public CompleteSubletViewModel completeForm() {
        SubletOrder o = selected.get();
        return isOpen(o) ? new CompleteSubletViewModel(session, tasks, o, this) : null;
    }

    /** A sublet event with its data (about this supplier's orders) reloads the list. */
    public void onEvent(Event e) {
        if (e.data() == null) {
            return; // a stub: another supplier's work, or nothing to do with sublets
        }
        switch (e.type()) {
            case SubletOrdered, SubletScheduled, SubletCompleted, SubletCancelled -> refresh();
            default -> {}
        }
    }
}
