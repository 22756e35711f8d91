package org.shopsuite.desktop.ui.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.Bay;
import org.shopsuite.model.RescheduleInput;
import org.shopsuite.model.Schedule;

/**
 * "Reschedule": another day, start, hours, mechanic or lift for a booking. The old slot is let go
 * only if the new one fits; when it does not, the server refuses (409) and the form says why in the
 * user's language: nothing changed.
 */
public final class RescheduleViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Appointment appointment;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");
    private final ObservableList<BookingViewModel.Option> mechanics = FXCollections.observableArrayList();
    private final ObjectProperty<BookingViewModel.Option> mechanic = new SimpleObjectProperty<>();
    private final ObservableList<BookingViewModel.Option> bays = FXCollections.observableArrayList();
    private final ObjectProperty<BookingViewModel.Option> bay = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private RescheduleInput lastSent;

    RescheduleViewModel(Session session, Tasks tasks, Appointment a, List<Schedule.MechanicRow> dayMechanics) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.appointment = a;
        date.set(a.date());
        start.set(a.startTime());
        hours.set(a.hours().stripTrailingZeros().toPlainString());
        List<BookingViewModel.Option> ms = new ArrayList<>();
        ms.add(new BookingViewModel.Option(null, m.get("reschedule.keepMechanic")));
        for (Schedule.MechanicRow r : dayMechanics) {
            ms.add(new BookingViewModel.Option(r.mechanicId(), r.name()));
        }
        mechanics.setAll(ms);
        mechanic.set(ms.stream()
                .filter(o -> Objects.equals(o.id(), a.mechanicId()))
                .findFirst()
                .orElse(ms.get(0)));
        bays.add(new BookingViewModel.Option(null, m.get("reschedule.keepBay")));
        bay.set(bays.get(0));
        org.shopsuite.desktop.ui.Forms.clearOnEdit(fieldErrors, "date", date);
        org.shopsuite.desktop.ui.Forms.clearOnEdit(fieldErrors, "startTime", start);
        org.shopsuite.desktop.ui.Forms.clearOnEdit(fieldErrors, "hours", hours);
    }

    /** Loads the active lifts to choose from. */
    public void load() {
        tasks.run(
                () -> session.client().bays(false),
                list -> {
                    List<BookingViewModel.Option> bs = new ArrayList<>();
                    bs.add(new BookingViewModel.Option(null, m.get("reschedule.keepBay")));
                    for (Bay b : list) {
                        bs.add(new BookingViewModel.Option(b.id(), b.name()));
                    }
                    bays.setAll(bs);
                    bay.set(bs.stream()
                            .filter(o -> o.id() != null && Objects.equals(o.id(), appointment.bayId()))
                            .findFirst()
                            .orElse(bs.get(0)));
                },
                t -> error.set(m.describe(t)));
    }

    public String header() {
        return m.get(
                "reschedule.header",
                appointment.plate(),
                appointment.customerName(),
                m.date(appointment.date()),
                appointment.startTime());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObservableList<BookingViewModel.Option> mechanics() {
        return mechanics;
    }

    public ObjectProperty<BookingViewModel.Option> mechanicProperty() {
        return mechanic;
    }

    public ObservableList<BookingViewModel.Option> bays() {
        return bays;
    }

    public ObjectProperty<BookingViewModel.Option> bayProperty() {
        return bay;
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

    /** Moves the booking; {@code done} gets it as it now stands. A refusal stays on the form with its reason. */
    public void submit(Consumer<Appointment> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        if (date.get() == null) {
            fieldErrors.put("date", m.get("field.is.required"));
        }
        String startTime = ScheduleForms.startTime(fieldErrors, "startTime", start.get(), m);
        BigDecimal h = ScheduleForms.hours(fieldErrors, "hours", hours.get(), m);
        if (!fieldErrors.isEmpty()) {
            return;
        }
        RescheduleInput in = new RescheduleInput(
                date.get(),
                startTime,
                h,
                mechanic.get() == null ? null : mechanic.get().id(),
                bay.get() == null ? null : bay.get().id());
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same move keeps its key
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().reschedule(appointment.id(), in, k),
                a -> {
                    busy.set(false);
                    done.accept(a);
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError) {
                        lastSent = null; // answered: a new try is a new request (unreachable: the same)
                    }
                    ScheduleForms.fail(fieldErrors, error, t, m);
                });
    }
}
