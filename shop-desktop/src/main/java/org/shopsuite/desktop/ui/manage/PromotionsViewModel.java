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
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.customers.CustomerPointsViewModel;
import org.shopsuite.model.Promotion;
import org.shopsuite.model.PromotionInput;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.PromotionTrigger;

/**
 * The manager's promotions: the list, and one form that edits the selected promotion (saved with
 * If-Match) or, with none selected, makes a new one (one Idempotency-Key until it is taken).
 */
public final class PromotionsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Promotion> promotions = FXCollections.observableArrayList();
    private final ObjectProperty<Promotion> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PromotionKind> kind = new SimpleObjectProperty<>(PromotionKind.PERCENT_LABOR);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty validDays = new SimpleStringProperty("30");
    private final ObjectProperty<PromotionTrigger> trigger = new SimpleObjectProperty<>(PromotionTrigger.ON_BOOKING);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();

    public PromotionsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        selected.addListener((o, a, b) -> show(b));
        Forms.clearOnEdit(fieldErrors, "name", name);
        Forms.clearOnEdit(fieldErrors, "value", value);
        Forms.clearOnEdit(fieldErrors, "validDays", validDays);
        Forms.clearOnEdit(fieldErrors, "kind", kind);
        Forms.clearOnEdit(fieldErrors, "trigger", trigger);
    }

    private void show(Promotion p) {
        fieldErrors.clear();
        name.set(p == null ? "" : p.name());
        kind.set(p == null ? PromotionKind.PERCENT_LABOR : p.kind());
        value.set(p == null ? "" : Long.toString(p.value()));
        validDays.set(p == null ? "30" : Integer.toString(p.validDays()));
        trigger.set(p == null ? PromotionTrigger.ON_BOOKING : p.trigger());
        active.set(p == null || p.active());
    }

    public ObservableList<Promotion> promotions() {
        return promotions;
    }

    /** The promotion the form edits; null: the form makes a new one. */
    public ObjectProperty<Promotion> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PromotionKind> kindProperty() {
        return kind;
    }

    /** A percent for the PERCENT kinds, an amount in won for AMOUNT. */
    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty validDaysProperty() {
        return validDays;
    }

    public ObjectProperty<PromotionTrigger> triggerProperty() {
        return trigger;
    }

    public BooleanProperty activeProperty() {
        return active;
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

    /** A promotion as the list shows it: its name, and under it what it takes off, how long, when issued, in use or not. */
    public String text(Promotion p) {
        String off = CustomerPointsViewModel.discount(
                p.kind(), p.value(), m, session.shop().currency());
        String line = m.get(
                "promotions.item",
                off,
                p.validDays(),
                m.get("promotions.trigger." + p.trigger().name()));
        return p.name() + "\n" + (p.active() ? line : m.get("promotions.retired", line));
    }

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(
                () -> session.client().promotions(false),
                all -> {
                    promotions.setAll(all);
                    selected.set(all.stream()
                            .filter(p -> keep != null && p.id() == keep)
                            .findFirst()
                            .orElse(null));
                },
                t -> error.set(m.describe(t)));
    }

    /** Clears the form for a new promotion. */
    public void startNew() {
        selected.set(null);
        show(null);
        message.set("");
        error.set("");
    }

    /** Saves the form: the selected promotion changed (If-Match), or a new one. */
    public void save() {
        fieldErrors.clear();
        error.set("");
        message.set("");
        if (name.get() == null || name.get().isBlank()) {
            fieldErrors.put("name", m.get("promotions.nameNeeded"));
        }
        Long v = Forms.whole(fieldErrors, "value", value.get(), m);
        if (v == null && !fieldErrors.containsKey("value")) {
            fieldErrors.put("value", m.get("promotions.valueNeeded"));
        } else if (v != null && v <= 0) {
            fieldErrors.put("value", m.get("promotions.positive"));
        } else if (v != null && kind.get() != PromotionKind.AMOUNT && v > 100) {
            fieldErrors.put("value", m.get("promotions.percent"));
        }
        Long days = Forms.whole(fieldErrors, "validDays", validDays.get(), m);
        if (days == null && !fieldErrors.containsKey("validDays")) {
            fieldErrors.put("validDays", m.get("promotions.daysNeeded"));
        } else if (days != null && (days <= 0 || days > 3650)) {
            fieldErrors.put("validDays", m.get("promotions.days"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        PromotionInput in =
                new PromotionInput(name.get().strip(), kind.get(), v, days.intValue(), trigger.get(), active.get());
        Promotion editing = selected.get();
        String k = key;
        busy.set(true);
        tasks.run(
                () -> editing == null
                        ? session.client().createPromotion(in, k)
                        : session.client().updatePromotion(editing.id(), editing.version(), in),
                saved -> {
                    busy.set(false);
                    if (editing == null) {
                        key = ShopClient.newIdempotencyKey();
                    }
                    message.set(m.get(editing == null ? "promotions.added" : "promotions.saved", saved.name()));
                    selected.set(saved);
                    load();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        error.set(m.get("promotions.changedMeanwhile"));
                        load();
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
