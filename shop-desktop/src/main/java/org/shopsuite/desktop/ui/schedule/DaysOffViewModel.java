package org.shopsuite.desktop.ui.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.DaysOff;
import org.shopsuite.model.Mechanic;

/**
 * A mechanic's days off as the manager edits them: add a day, remove one, save the list (PUT with
 * If-Match). A receipt or booking for the mechanic on one of them is then refused.
 */
public final class DaysOffViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Mechanic mechanic;
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private Long version;

    public DaysOffViewModel(Session session, Tasks tasks, Mechanic mechanic) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.mechanic = mechanic;
    }

    public String title() {
        return m.get("daysOff.title", mechanic.name());
    }

    public ObservableList<LocalDate> dates() {
        return dates;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public void load() {
        busy.set(true);
        tasks.run(
                () -> session.client().daysOff(mechanic.id()),
                d -> {
                    busy.set(false);
                    show(d);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    private void show(DaysOff d) {
        version = d.version();
        dates.setAll(d.dates());
        dirty.set(false);
        error.set("");
    }

    public void add(LocalDate day) {
        if (day != null && !dates.contains(day)) {
            TreeSet<LocalDate> all = new TreeSet<>(dates);
            all.add(day);
            dates.setAll(all);
            dirty.set(true);
        }
    }

    public void remove(LocalDate day) {
        if (dates.remove(day)) {
            dirty.set(true);
        }
    }

    public void save(Runnable done) {
        error.set("");
        if (version == null) {
            return;
        }
        long v = version;
        List<LocalDate> wanted = List.copyOf(dates);
        busy.set(true);
        tasks.run(
                () -> session.client().setDaysOff(mechanic.id(), v, wanted),
                saved -> {
                    busy.set(false);
                    show(saved);
                    done.run();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        error.set(m.get("daysOff.changedMeanwhile"));
                        load();
                        return;
                    }
                    Forms.fail(FXCollections.observableHashMap(), error, t, m);
                });
    }
}
