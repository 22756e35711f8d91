package org.shopsuite.desktop.ui.sublet;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.SubletOrder;

/** "Schedule…": the day the contractor will do the work, today or later. */
public final class ScheduleSubletViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final SubletOrder order;
    private final LocalDate today;
    private final SubletOrdersViewModel list;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    ScheduleSubletViewModel(
            Session session, Tasks tasks, SubletOrder order, LocalDate today, SubletOrdersViewModel list) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.order = order;
        this.today = today;
        this.list = list;
        date.set(order.scheduledOn() != null && !order.scheduledOn().isBefore(today) ? order.scheduledOn() : today);
        Forms.clearOnEdit(fieldErrors, "date", date);
    }

    public String header() {
        return m.get("sublet.header", Long.toString(order.id()), order.plate(), order.description());
    }

    /** The first day that can be chosen. */
    public LocalDate firstDay() {
        return today;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
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

    /** Sends the day; {@code done} runs once the server took it. */
    public void submit(Runnable done) {
        fieldErrors.clear();
        error.set("");
        LocalDate d = date.get();
        if (d == null) {
            fieldErrors.put("date", m.get("field.is.required"));
        } else if (d.isBefore(today)) {
            fieldErrors.put("date", m.get("sublet.date.past", m.date(today)));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(
                () -> session.client().scheduleSublet(order.id(), d, key),
                saved -> {
                    busy.set(false);
                    list.changed(saved, m.get("sublet.scheduled", Long.toString(saved.id()), m.date(d)));
                    done.run();
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
