package org.shopsuite.desktop.ui.manage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.TimeEntry;
import org.shopsuite.model.TimeEntryEdit;
import org.shopsuite.model.TimeEntryKind;
import org.shopsuite.model.TimeEntryPatch;

/**
 * A mechanic's time entries for the manager (issue 21): the days chosen, each entry with what it
 * was and every correction to it (who, when, why, the values before), a correction of the selected
 * entry's start or end with the reason required, and a void of one made in error.
 */
public final class TimeEntriesViewModel {
    /** How times are typed and shown: the shop's local date and time. */
    public static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Mechanic mechanic;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<TimeEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<TimeEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TimeEntriesViewModel(Session session, Tasks tasks, Mechanic mechanic) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.mechanic = mechanic;
        this.zone = ZoneId.of(session.shop().timezone());
        LocalDate today = LocalDate.now(zone);
        from.set(today.minusDays(6));
        to.set(today);
        selected.addListener((o, a, b) -> {
            start.set(b == null ? "" : typed(b.start()));
            end.set(b == null || b.end() == null ? "" : typed(b.end()));
            reason.set("");
            fieldErrors.clear();
        });
        Forms.clearOnEdit(fieldErrors, "start", start);
        Forms.clearOnEdit(fieldErrors, "end", end);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    public String title() {
        return m.get("timeEntries.title", mechanic.name());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<TimeEntry> entries() {
        return entries;
    }

    public ObjectProperty<TimeEntry> selectedProperty() {
        return selected;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty reasonProperty() {
        return reason;
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

    public void load() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        tasks.run(
                () -> session.client().timeEntries(mechanic.id(), f, t),
                list -> {
                    busy.set(false);
                    error.set("");
                    entries.setAll(list);
                    selected.set(
                            keep == null
                                    ? null
                                    : list.stream()
                                            .filter(e -> e.id() == keep)
                                            .findFirst()
                                            .orElse(null));
                },
                x -> {
                    busy.set(false);
                    error.set(m.describe(x));
                });
    }

    /** Saves the correction of the selected entry; the reason is required (the server says so too). */
    public void correct() {
        TimeEntry e = selected.get();
        if (e == null || busy.get()) {
            return;
        }
        fieldErrors.clear();
        message.set("");
        Instant s = parse("start", start.get(), true);
        Instant x = parse("end", end.get(), e.end() != null);
        if (reason.get().isBlank()) {
            fieldErrors.put("reason", m.get("field.is.required"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        TimeEntryPatch in = new TimeEntryPatch(
                s.equals(e.start()) ? null : s,
                x == null || x.equals(e.end()) ? null : x,
                reason.get().strip());
        if (in.start() == null && in.end() == null) {
            fieldErrors.put("start", m.get("timeEntries.unchanged"));
            return;
        }
        busy.set(true);
        tasks.run(
                () -> session.client().correctTimeEntry(e.id(), e.version(), in),
                saved -> {
                    busy.set(false);
                    message.set(m.get("timeEntries.corrected"));
                    load();
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }

    /** Voids the selected entry, with the reason typed. */
    public void voidSelected() {
        TimeEntry e = selected.get();
        if (e == null || busy.get()) {
            return;
        }
        fieldErrors.clear();
        message.set("");
        if (reason.get().isBlank()) {
            fieldErrors.put("reason", m.get("field.is.required"));
            return;
        }
        String why = reason.get().strip();
        busy.set(true);
        tasks.run(
                () -> session.client().voidTimeEntry(e.id(), why, ShopClient.newIdempotencyKey()),
                saved -> {
                    busy.set(false);
                    message.set(m.get("timeEntries.voided"));
                    load();
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }

    private Instant parse(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                fieldErrors.put(field, m.get("field.is.required"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TYPED).atZone(zone).toInstant();
        } catch (DateTimeParseException ex) {
            fieldErrors.put(field, m.get("timeEntries.format"));
            return null;
        }
    }

    private String typed(Instant at) {
        return TYPED.format(at.atZone(zone));
    }

    /** One line of the list: kind, day and times, length, why it stopped; then its corrections. */
    public String describe(TimeEntry e) {
        String what = e.kind() == TimeEntryKind.ATTENDANCE
                ? m.get(e.automatic() ? "timeEntries.attendance.auto" : "timeEntries.attendance")
                : m.get("timeEntries.job", e.jobId());
        String span = m.date(e.start().atZone(zone).toLocalDate()) + " "
                + TIME.format(e.start().atZone(zone)) + "–"
                + (e.end() == null
                        ? m.get("timeEntries.running")
                        : TIME.format(e.end().atZone(zone)));
        Instant stop = e.end() == null ? Instant.now() : e.end();
        BigDecimal hours = BigDecimal.valueOf(Duration.between(e.start(), stop).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
        StringBuilder line = new StringBuilder(what + "  " + span + "  (" + m.hours(hours) + ")");
        if (e.pauseReason() != null) {
            line.append("  · ").append(m.get("clock.stopped." + e.pauseReason().name()));
        }
        if (e.note() != null) {
            line.append(": ").append(e.note());
        }
        if (e.voided()) {
            line.append("  [").append(m.get("timeEntries.void")).append("]");
        }
        List<TimeEntryEdit> edits = e.edits();
        for (TimeEntryEdit x : edits) {
            line.append("\n    ")
                    .append(m.get(
                            x.voided() ? "timeEntries.edit.void" : "timeEntries.edit",
                            x.by(),
                            m.date(x.at().atZone(zone).toLocalDate()) + " " + TIME.format(x.at().atZone(zone)),
                            TIME.format(x.before().start().atZone(zone)) + "–"
                                    + (x.before().end() == null
                                            ? m.get("timeEntries.running")
                                            : TIME.format(x.before().end().atZone(zone))),
                            x.reason()));
        }
        return line.toString();
    }
}
