package org.shopsuite.desktop.ui.customers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.MessageStatus;
import org.shopsuite.model.Reminder;
import org.shopsuite.model.ReminderKind;
import org.shopsuite.model.ReminderRun;

/**
 * The day's reminders: the next day's appointments and the cars due for service, whether each
 * customer agreed to messages and whether it is queued already; "Queue messages" puts them into the
 * outbox (once each), and the queued messages are saved as CSV for the messaging service.
 */
public final class RemindersViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<Reminder> items = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String runKey = ShopClient.newIdempotencyKey();
    private long loads;

    public RemindersViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        date.set(LocalDate.now(ZoneId.of(session.shop().timezone())));
        date.addListener((o, a, b) -> {
            runKey = ShopClient.newIdempotencyKey();
            message.set("");
            load();
        });
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<Reminder> items() {
        return items;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the day's reminders. */
    public void load() {
        LocalDate d = date.get();
        long mine = ++loads;
        if (d == null) {
            items.clear();
            return;
        }
        tasks.run(
                () -> session.client().reminders(d),
                r -> {
                    if (mine == loads) {
                        error.set("");
                        items.setAll(r.items());
                    }
                },
                t -> {
                    if (mine == loads) {
                        items.clear();
                        error.set(m.describe(t));
                    }
                });
    }

    /** Queues the day's reminders and says how many went, were already queued, or lack consent. */
    public void queue() {
        LocalDate d = date.get();
        if (d == null) {
            return;
        }
        String key = runKey;
        busy.set(true);
        error.set("");
        message.set("");
        tasks.run(
                () -> session.client().runReminders(d, key),
                run -> {
                    busy.set(false);
                    runKey = ShopClient.newIdempotencyKey();
                    message.set(summary(run));
                    load();
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    String summary(ReminderRun run) {
        return m.get("reminders.queued", run.queued(), run.alreadyQueued(), run.withoutConsent());
    }

    /** The file the queued messages are offered under. */
    public String fileName() {
        return m.get("reminders.file", String.valueOf(date.get())) + ".csv";
    }

    /** Writes the queued messages as CSV to a file. */
    public void saveCsv(Path file) {
        busy.set(true);
        error.set("");
        tasks.run(
                () -> Files.write(file, session.client().messagesCsv(MessageStatus.QUEUED)),
                written -> {
                    busy.set(false);
                    message.set(m.get("reminders.saved", written.getFileName()));
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    public String kind(Reminder r) {
        return m.get("reminders.kind." + r.kind().name());
    }

    /** When: an appointment's day and time, or a due car's last visit and what it is due by. */
    public String when(Reminder r) {
        if (r.kind() == ReminderKind.APPOINTMENT) {
            return (r.date() == null ? "" : m.date(r.date())) + (r.startTime() == null ? "" : " " + r.startTime());
        }
        String last = r.lastVisitOn() == null
                ? m.get("reminders.neverVisited")
                : m.get("reminders.lastVisit", m.date(r.lastVisitOn()));
        String by = r.dueBy() == null ? "" : m.get("reminders.dueBy." + r.dueBy());
        if (r.lastMileageKm() != null) {
            last += ", " + m.get("reminders.km", r.lastMileageKm());
        }
        return by.isEmpty() || by.startsWith("reminders.") ? last : last + " (" + by + ")";
    }

    public String consent(Reminder r) {
        return m.get(r.consentToMessages() ? "reminders.consent.yes" : "reminders.consent.no");
    }

    public String queued(Reminder r) {
        return r.queued() ? m.get("reminders.queued.yes") : "";
    }
}
