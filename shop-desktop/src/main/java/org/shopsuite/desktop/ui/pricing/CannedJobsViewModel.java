package org.shopsuite.desktop.ui.pricing;

import java.util.ArrayList;
import java.util.List;
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
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;

/**
 * The manager's list of canned jobs: every one, retired ones too; the selected one can be renamed,
 * retired or brought back, and lose lines. New canned jobs are made from an estimate's lines
 * ("Save as canned job" in the estimate editor), where lines are built with prices filled in.
 */
public final class CannedJobsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<CannedJob> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<CannedJob> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObservableList<EstimateLineInput> lines = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final java.util.Map<Long, String> partNames = new java.util.HashMap<>();

    public CannedJobsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        selected.addListener((o, a, j) -> show(j));
        name.addListener((o, a, b) -> markDirty());
        active.addListener((o, a, b) -> markDirty());
    }

    private boolean showing;

    private void markDirty() {
        if (!showing && selected.get() != null) {
            dirty.set(true);
            message.set("");
        }
    }

    private void show(CannedJob j) {
        showing = true;
        try {
            name.set(j == null ? "" : j.name());
            active.set(j != null && j.active());
            lines.setAll(j == null ? List.of() : j.lines());
            dirty.set(false);
            fieldErrors.clear();
            error.set("");
        } finally {
            showing = false;
        }
    }

    public ObservableList<CannedJob> jobs() {
        return jobs;
    }

    public ObjectProperty<CannedJob> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<EstimateLineInput> lines() {
        return lines;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A line as the list shows it: kind, description, hours or quantity, and its price if fixed. */
    public String describe(EstimateLineInput l) {
        String kind = m.get("estimate.kind." + l.kind().name());
        String what = l.description() != null && !l.description().isBlank()
                ? l.description()
                : l.vehiclePartId() == null ? "" : partNames.getOrDefault(l.vehiclePartId(), "#" + l.vehiclePartId());
        String amount = l.kind() == EstimateLineKind.LABOR
                ? l.hours() == null ? "" : m.hours(l.hours())
                : l.quantity() == null
                        ? ""
                        : "x " + l.quantity().stripTrailingZeros().toPlainString();
        Long price = l.kind() == EstimateLineKind.LABOR ? l.rate() : l.unitPrice();
        String priced = price == null
                ? m.get(l.kind() == EstimateLineKind.LABOR ? "canned.shopRate" : "canned.rulePrice")
                : m.money(price, session.shop().currency());
        return kind + "  " + what + "  " + amount + "  (" + priced + ")";
    }

    public void load() {
        load(null);
    }

    private void load(String thenSay) {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        tasks.run(
                () -> {
                    if (partNames.isEmpty()) {
                        // a part line names its part by the catalogue's number and name
                        for (var p : session.client().catalogue(null, false)) {
                            partNames.put(p.id(), p.partId() + " " + p.partName());
                        }
                    }
                    return session.client().allCannedJobs();
                },
                all -> {
                    busy.set(false);
                    jobs.setAll(all);
                    selected.set(all.stream()
                            .filter(j -> keep != null && j.id() == keep)
                            .findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0)));
                    if (thenSay != null) {
                        error.set(thenSay);
                    }
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size() && lines.size() > 1) {
            lines.remove(index);
            markDirty();
        }
    }

    /** Saves the selected canned job (PATCH with If-Match); a change made meanwhile reloads it. */
    public void save() {
        CannedJob j = selected.get();
        if (j == null) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        CannedJobInput in = new CannedJobInput(name.get(), new ArrayList<>(lines), active.get());
        busy.set(true);
        tasks.run(
                () -> session.client().updateCannedJob(j.id(), j.version(), in),
                saved -> {
                    busy.set(false);
                    int i = jobs.indexOf(j);
                    if (i >= 0) {
                        jobs.set(i, saved);
                    }
                    selected.set(saved);
                    message.set(m.get("canned.saved", saved.name()));
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        load(m.get("canned.changedMeanwhile"));
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
