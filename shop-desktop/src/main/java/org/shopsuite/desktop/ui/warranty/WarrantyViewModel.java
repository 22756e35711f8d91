package org.shopsuite.desktop.ui.warranty;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Role;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;

/**
 * The comebacks screen: the claims in one status (those to triage by default, or all with those
 * first), the selected one's detail, and what the user may do with it (the manager assigns and
 * overrides; the manager and the counter cancel). Live: a claim or sublet event reads the list again.
 */
public final class WarrantyViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ClaimText text;
    private final boolean manager;
    private final ObservableList<WarrantyClaim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(ClaimFilter.REGISTERED);
    private final ObjectProperty<WarrantyClaim> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SubletOrder> sublet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAssign = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canOverride = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public WarrantyViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.text = new ClaimText(m, ZoneId.of(session.shop().timezone()));
        this.manager = session.user().role() == Role.MANAGER;
        filter.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> shown(b));
    }

    public ClaimText text() {
        return text;
    }

    /** Whether this user decides (assigns, overrides); the counter only lists and cancels. */
    public boolean manager() {
        return manager;
    }

    public ObservableList<WarrantyClaim> claims() {
        return claims;
    }

    public ObjectProperty<ClaimFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<WarrantyClaim> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SubletOrder> subletProperty() {
        return sublet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAssignProperty() {
        return canAssign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOverrideProperty() {
        return canOverride.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Those to triage first, then by status; the newest first within one. */
    static final Comparator<WarrantyClaim> ORDER = Comparator.comparing(WarrantyClaim::status)
            .thenComparing(Comparator.comparingLong(WarrantyClaim::id).reversed());

    /** Reads the list again; the claim shown stays shown (as it now stands) when it is still listed. */
    public void refresh() {
        ClaimFilter f = filter.get();
        tasks.run(
                () -> session.client().warrantyClaims(f == null ? null : f.status(), null),
                list -> {
                    if (f != filter.get()) {
                        return; // the filter changed while this was read: its own answer follows
                    }
                    error.set("");
                    show(list);
                },
                t -> error.set(m.describe(t)));
    }

    private void show(List<WarrantyClaim> list) {
        Long keep = selected.get() == null ? null : selected.get().id();
        claims.setAll(list.stream().sorted(ORDER).toList());
        WarrantyClaim again = keep == null
                ? null
                : claims.stream().filter(c -> c.id() == keep).findFirst().orElse(null);
        selected.set(again);
        if (again != null) {
            shown(again); // the same claim may have changed (an override, a rejection)
        }
    }

    private void shown(WarrantyClaim c) {
        sublet.set(null);
        canAssign.set(manager && c != null && c.status() == WarrantyClaimStatus.REGISTERED);
        canOverride.set(manager
                && c != null
                && (c.status() == WarrantyClaimStatus.REGISTERED || c.status() == WarrantyClaimStatus.ASSIGNED));
        canCancel.set(c != null
                && (c.status() == WarrantyClaimStatus.REGISTERED || c.status() == WarrantyClaimStatus.ASSIGNED));
        describe(c);
        if (c != null && c.subletOrderId() != null) {
            long id = c.subletOrderId();
            tasks.run(
                    () -> session.client().subletOrder(id),
                    o -> {
                        WarrantyClaim now = selected.get();
                        if (now != null && Long.valueOf(id).equals(now.subletOrderId())) {
                            sublet.set(o);
                            describe(now);
                        }
                    },
                    t -> {}); // the order's id is shown all the same
        }
    }

    private void describe(WarrantyClaim c) {
        detail.set(
                c == null
                        ? m.get("warranty.detail.none")
                        : String.join(
                                "\n",
                                text.detail(c, sublet.get(), session.shop().currency())));
    }

    /** A dialog stored a change: say so and show the claim as it now stands. */
    public void changed(WarrantyClaim c, String what) {
        message.set(what);
        error.set("");
        selected.set(c);
        refresh();
    }

    public void onEvent(Event e) {
        switch (e.type()) {
            case WarrantyClaimRegistered,
                    WarrantyCoverageOverridden,
                    WarrantyClaimAssigned,
                    WarrantyClaimResolved,
                    WarrantyClaimCancelled,
                    SubletOrdered,
                    SubletScheduled,
                    SubletCompleted,
                    SubletCancelled -> refresh();
            default -> {}
        }
    }

    /** The assign dialog's form for the selected claim (null when none may be assigned). */
    public AssignViewModel assignForm() {
        WarrantyClaim c = selected.get();
        return c == null || !canAssign.get() ? null : new AssignViewModel(session, tasks, c);
    }

    public CoverageViewModel coverageForm() {
        WarrantyClaim c = selected.get();
        return c == null || !canOverride.get() ? null : new CoverageViewModel(session, tasks, c);
    }

    public CancelClaimViewModel cancelForm() {
        WarrantyClaim c = selected.get();
        return c == null || !canCancel.get() ? null : new CancelClaimViewModel(session, tasks, c);
    }
}
