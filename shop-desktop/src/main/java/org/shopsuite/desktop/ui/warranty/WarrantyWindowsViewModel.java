package org.shopsuite.desktop.ui.warranty;

import java.util.ArrayList;
import java.util.List;
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
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.WarrantyWindow;

/**
 * The shop's free re-repair windows (the setting {@code warrantyWindows}), as the manager edits
 * them: rows tried in order, each "a car no older than N months or with at most N km at the repair
 * gets N days"; a row with neither limit covers every car. Saved on their own (PUT /shop with the
 * settings as they stand on the server and these windows, If-Match), so fields being edited on the
 * Settings page are not sent with them. Errors are keyed as the server names them ({@code
 * warrantyWindows[1].days}).
 */
public final class WarrantyWindowsViewModel {
    /** At most this many rows (the server's limit). */
    public static final int MAX_ROWS = 10;

    /** The legal windows of 자동차관리법 시행규칙 제134조, the server's defaults. */
    static final List<WarrantyWindow> LEGAL = List.of(
            new WarrantyWindow(12, 20_000, 90), new WarrantyWindow(36, 60_000, 60), new WarrantyWindow(null, null, 30));

    /** A window as typed. */
    public static final class Row {
        private final StringProperty months = new SimpleStringProperty("");
        private final StringProperty km = new SimpleStringProperty("");
        private final StringProperty days = new SimpleStringProperty("");

        Row(WarrantyWindow w) {
            months.set(w.maxAgeMonths() == null ? "" : w.maxAgeMonths().toString());
            km.set(w.maxKm() == null ? "" : w.maxKm().toString());
            days.set(w.days() == null ? "" : w.days().toString());
        }

        public StringProperty monthsProperty() {
            return months;
        }

        public StringProperty kmProperty() {
            return km;
        }

        public StringProperty daysProperty() {
            return days;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private ShopSettings shown;

    public WarrantyWindowsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    public ObservableList<Row> rows() {
        return rows;
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

    public void load() {
        busy.set(true);
        tasks.run(
                () -> session.client().shop(),
                s -> {
                    busy.set(false);
                    show(s);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    void show(ShopSettings s) {
        shown = s;
        List<WarrantyWindow> windows = s.warrantyWindows() == null ? LEGAL : s.warrantyWindows();
        rows.setAll(windows.stream().map(Row::new).toList());
        fieldErrors.clear();
        error.set("");
    }

    /** A new row at the end (30 days for every car, to be narrowed), while there is room. */
    public void add() {
        if (rows.size() < MAX_ROWS) {
            rows.add(new Row(new WarrantyWindow(null, null, 30)));
        }
    }

    public void remove(Row row) {
        if (rows.size() > 1) {
            rows.remove(row);
            fieldErrors.clear();
        }
    }

    /** Moves a row one place up (-1) or down (+1): the first row that fits a car decides. */
    public void move(Row row, int by) {
        int i = rows.indexOf(row);
        int j = i + by;
        if (i >= 0 && j >= 0 && j < rows.size()) {
            rows.remove(i);
            rows.add(j, row);
            fieldErrors.clear();
        }
    }

    /** The rows of the law (90, 60 and 30 days), to start again from. */
    public void legalDefaults() {
        rows.setAll(LEGAL.stream().map(Row::new).toList());
        fieldErrors.clear();
    }

    /** Sends the windows; {@code done} runs once they are taken. */
    public void save(Runnable done) {
        fieldErrors.clear();
        error.set("");
        if (shown == null) {
            return;
        }
        List<WarrantyWindow> windows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String at = "warrantyWindows[" + i + "].";
            Long months = Forms.whole(fieldErrors, at + "maxAgeMonths", r.months.get(), m);
            Long km = Forms.whole(fieldErrors, at + "maxKm", r.km.get(), m);
            Long days = Forms.whole(fieldErrors, at + "days", r.days.get(), m);
            if (days == null && !fieldErrors.containsKey(at + "days")) {
                fieldErrors.put(at + "days", m.get("warrantyWindows.daysRequired"));
            }
            windows.add(new WarrantyWindow(toInt(months), toInt(km), toInt(days)));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        ShopSettings s = shown;
        ShopSettings in = new ShopSettings(
                s.name(),
                s.address(),
                s.phone(),
                null, // registration number, representative: unchanged
                null,
                s.currency(),
                s.laborRatePerHour(),
                s.taxRatePercent(),
                s.timezone(),
                s.invoicePrefix(),
                null, // points, reminders, cash float and labour cost: unchanged
                null,
                null,
                null,
                null,
                windows,
                null,
                null,
                null);
        busy.set(true);
        tasks.run(
                () -> session.client().updateShop(s.version(), in),
                saved -> {
                    busy.set(false);
                    show(saved);
                    done.run();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 412) {
                        // changed at another desk: what this form shows is kept, against the new version
                        tasks.run(
                                () -> session.client().shop(),
                                fresh -> {
                                    shown = fresh;
                                    error.set(m.get("warrantyWindows.changedMeanwhile"));
                                },
                                x -> error.set(m.describe(x)));
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }

    /** A whole number typed (an out-of-range one is the server's to refuse, naming the field). */
    private static Integer toInt(Long v) {
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }
}
