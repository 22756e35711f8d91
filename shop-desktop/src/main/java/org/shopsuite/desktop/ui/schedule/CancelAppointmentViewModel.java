package org.shopsuite.desktop.ui.schedule;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Appointment;

/**
 * "Cancel booking": names the booking, its car and customer, and needs a reason (as cancelling a
 * receipt does). Without one the dialog says "Required" and stays open; nothing is sent.
 */
public final class CancelAppointmentViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Appointment appointment;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    public CancelAppointmentViewModel(Session session, Tasks tasks, Appointment appointment) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.appointment = appointment;
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** What the dialog asks, naming the booking's day, time, car and customer. */
    public String header() {
        return m.get(
                "schedule.cancel.confirm",
                m.date(appointment.date()),
                appointment.startTime(),
                appointment.plate(),
                appointment.customerName());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Cancels the booking; {@code done} gets it as it now stands. Nothing is sent without a reason. */
    public void submit(Consumer<Appointment> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            fieldErrors.put("reason", m.get("field.is.required"));
            return;
        }
        if (!why.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same request keeps its key
        }
        lastSent = why;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().cancelAppointment(appointment.id(), why, k),
                a -> {
                    busy.set(false);
                    done.accept(a);
                },
                t -> {
                    busy.set(false);
                    ScheduleForms.fail(fieldErrors, error, t, m);
                });
    }
}
