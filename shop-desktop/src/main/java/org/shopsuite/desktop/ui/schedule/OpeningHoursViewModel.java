package org.shopsuite.desktop.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.shopsuite.model.OpeningDay;
import org.shopsuite.model.OpeningHours;

/**
 * The shop's week (each day open from - to, or closed) and its holidays, as the manager edits them.
 * Until they are first saved every day is open all day: the form then offers 09:00-18:00 each day
 * and says so. Errors are keyed as the server names them ({@code weekdays[2].closes}).
 */
public final class OpeningHoursViewModel {
    /** A day of the week as typed. */
    public static final class Day {
        private final DayOfWeek day;
        private final StringProperty opens = new SimpleStringProperty("");
        private final StringProperty closes = new SimpleStringProperty("");
        private final BooleanProperty closed = new SimpleBooleanProperty();

        Day(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek day() {
            return day;
        }

        public StringProperty opensProperty() {
            return opens;
        }

        public StringProperty closesProperty() {
            return closes;
        }

        public BooleanProperty closedProperty() {
            return closed;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final List<Day> week = new ArrayList<>();
    private final ObservableList<LocalDate> holidays = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Long version;

    public OpeningHoursViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(new Day(d));
        }
    }

    public List<Day> week() {
        return week;
    }

    public ObservableList<LocalDate> holidays() {
        return holidays;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Says when the hours were never set (every day open all day until they are saved). */
    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void load() {
        busy.set(true);
        tasks.run(
                () -> session.client().openingHours(),
                h -> {
                    busy.set(false);
                    show(h);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    void show(OpeningHours h) {
        version = h.version();
        boolean never = h.weekdays().isEmpty();
        for (Day d : week) {
            OpeningDay given = h.weekdays().stream()
                    .filter(o -> o.day() == d.day)
                    .findFirst()
                    .orElse(null);
            d.closed.set(given != null && Boolean.TRUE.equals(given.closed()));
            d.opens.set(given == null || given.opens() == null ? (never ? "09:00" : "") : given.opens());
            d.closes.set(given == null || given.closes() == null ? (never ? "18:00" : "") : given.closes());
        }
        holidays.setAll(h.holidays());
        note.set(never ? m.get("hours.neverSet") : "");
        fieldErrors.clear();
        error.set("");
    }

    /** Adds a holiday (once; the list stays in date order). */
    public void addHoliday(LocalDate day) {
        if (day != null && !holidays.contains(day)) {
            TreeSet<LocalDate> all = new TreeSet<>(holidays);
            all.add(day);
            holidays.setAll(all);
        }
    }

    public void removeHoliday(LocalDate day) {
        holidays.remove(day);
    }

    /** Sends the week and the holidays (PUT with If-Match); {@code done} runs once they are taken. */
    public void save(Runnable done) {
        fieldErrors.clear();
        error.set("");
        if (version == null) {
            return;
        }
        List<OpeningDay> days = new ArrayList<>();
        for (Day d : week) {
            days.add(
                    d.closed.get()
                            ? new OpeningDay(d.day, null, null, true)
                            : new OpeningDay(
                                    d.day, Forms.blankToNull(d.opens.get()), Forms.blankToNull(d.closes.get()), false));
        }
        long v = version;
        OpeningHours in = new OpeningHours(days, List.copyOf(holidays), null, null);
        busy.set(true);
        tasks.run(
                () -> session.client().setOpeningHours(v, in),
                saved -> {
                    busy.set(false);
                    show(saved);
                    done.run();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        tasks.run(
                                () -> session.client().openingHours(),
                                h -> {
                                    show(h);
                                    error.set(m.get("hours.changedMeanwhile"));
                                },
                                x -> error.set(m.describe(x)));
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
