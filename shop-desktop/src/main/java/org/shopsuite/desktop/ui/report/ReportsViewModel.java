package org.shopsuite.desktop.ui.report;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.DailyCloseInput;
import org.shopsuite.model.Event;
import org.shopsuite.model.Receivables;
import org.shopsuite.model.SalesReport;
import org.shopsuite.model.TechnicianReport;

/**
 * The manager's reports (issue 21): the shop's sales per day, week or month, the technicians' hours
 * and ratios, the receivables' ageing, and the daily close with the drawer count. A date range (with
 * presets) is shared by sales and technicians; the daily close has its own day. The report shown can
 * be saved as CSV or PDF as the server renders it, and the daily close printed.
 */
public final class ReportsViewModel {
    /** The reports, in the order of their tabs. */
    public enum Report {
        SALES("sales"),
        TECHNICIANS("technicians"),
        RECEIVABLES("receivables"),
        DAILY_CLOSE("dailyClose");

        private final String path;

        Report(String path) {
            this.path = path;
        }

        /** Its name in the API ({@code /reports/sales}) and in message keys. */
        public String path() {
            return path;
        }
    }

    /** The sales report's periods. */
    public static final List<String> GROUPS = List.of("day", "week", "month");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ZoneId zone;
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>(Report.SALES);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty groupBy = new SimpleStringProperty("day");
    private final ObjectProperty<SalesReport> sales = new SimpleObjectProperty<>();
    private final ObjectProperty<TechnicianReport> technicians = new SimpleObjectProperty<>();
    private final ObjectProperty<Receivables> receivables = new SimpleObjectProperty<>();
    private final ObjectProperty<DailyClose> dailyClose = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> closeDate = new SimpleObjectProperty<>();
    private final StringProperty countedCash = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String closeKey;

    public ReportsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.zone = ZoneId.of(session.shop().timezone());
        LocalDate today = today();
        from.set(today.withDayOfMonth(1));
        to.set(today);
        closeDate.set(today);
        report.addListener((o, a, b) -> refresh());
        groupBy.addListener((o, a, b) -> {
            if (report.get() == Report.SALES) {
                refresh();
            }
        });
        closeDate.addListener((o, a, b) -> {
            if (report.get() == Report.DAILY_CLOSE) {
                refresh();
            }
        });
    }

    /** Today in the shop's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** {@code day}, {@code week} or {@code month}. */
    public StringProperty groupByProperty() {
        return groupBy;
    }

    public ObjectProperty<SalesReport> salesProperty() {
        return sales;
    }

    public ObjectProperty<TechnicianReport> techniciansProperty() {
        return technicians;
    }

    public ObjectProperty<Receivables> receivablesProperty() {
        return receivables;
    }

    public ObjectProperty<DailyClose> dailyCloseProperty() {
        return dailyClose;
    }

    /** The day the daily close shows. */
    public ObjectProperty<LocalDate> closeDateProperty() {
        return closeDate;
    }

    /** The cash counted in the drawer, as typed. */
    public StringProperty countedCashProperty() {
        return countedCash;
    }

    public StringProperty noteProperty() {
        return note;
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

    // ---- the date range ----

    /** The 1st of this month to today. */
    public void thisMonth() {
        LocalDate today = today();
        range(today.withDayOfMonth(1), today);
    }

    /** The whole of last month. */
    public void lastMonth() {
        LocalDate first = today().withDayOfMonth(1).minusMonths(1);
        range(first, first.plusMonths(1).minusDays(1));
    }

    /** The last 7 days, today included. */
    public void last7Days() {
        LocalDate today = today();
        range(today.minusDays(6), today);
    }

    /** Shows the range (the report shown is loaded again). */
    public void range(LocalDate first, LocalDate last) {
        from.set(first);
        to.set(last);
        refresh();
    }

    private boolean rangeValid() {
        if (from.get() == null || to.get() == null) {
            error.set(m.get("reports.range.missing"));
            return false;
        }
        if (from.get().isAfter(to.get())) {
            error.set(m.get("reports.range.order"));
            return false;
        }
        return true;
    }

    // ---- loading ----

    /** Loads the report shown again. */
    public void refresh() {
        Report r = report.get();
        error.set("");
        switch (r) {
            case SALES -> {
                if (!rangeValid()) return;
                LocalDate f = from.get();
                LocalDate t = to.get();
                String g = groupBy.get();
                tasks.run(() -> session.client().salesReport(f, t, g), sales::set, this::fail);
            }
            case TECHNICIANS -> {
                if (!rangeValid()) return;
                LocalDate f = from.get();
                LocalDate t = to.get();
                tasks.run(() -> session.client().technicianReport(f, t, null), technicians::set, this::fail);
            }
            case RECEIVABLES -> tasks.run(() -> session.client().receivables(), receivables::set, this::fail);
            case DAILY_CLOSE -> {
                LocalDate d = closeDate.get();
                if (d == null) {
                    error.set(m.get("reports.range.missing"));
                    return;
                }
                tasks.run(() -> session.client().dailyClose(d), this::showClose, this::fail);
            }
        }
    }

    private void showClose(DailyClose d) {
        if (d.date().equals(closeDate.get())) {
            dailyClose.set(d);
        }
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set("");
        error.set(m.describe(t));
    }

    /** Live: money moving, invoices and counts reload the report shown (its figures changed). */
    public void onEvent(Event e) {
        String type = e.type().name();
        boolean money = type.startsWith("Payment")
                || type.startsWith("Invoice")
                || type.startsWith("CounterSale")
                || type.startsWith("Points")
                || type.startsWith("DailyClose");
        boolean hours = type.startsWith("JobClock") || type.startsWith("Clocked") || type.equals("TimeEntryEdited");
        Report r = report.get();
        if ((money && r != Report.TECHNICIANS)
                || (r == Report.TECHNICIANS && (hours || type.equals("InvoiceIssued")))) {
            refresh();
        }
    }

    // ---- the daily close ----

    /** Records the drawer count of the day shown; its difference (over or short) is shown after. */
    public void recordCount() {
        fieldErrors.clear();
        error.set("");
        message.set("");
        Long counted = Forms.whole(fieldErrors, "countedCash", countedCash.get(), m);
        if (counted == null && !fieldErrors.containsKey("countedCash")) {
            fieldErrors.put("countedCash", m.get("reports.close.countedRequired"));
        }
        if (counted != null && counted < 0) {
            fieldErrors.put("countedCash", m.get("settings.points.notNegative"));
        }
        LocalDate day = closeDate.get();
        if (!fieldErrors.isEmpty() || day == null) {
            return;
        }
        DailyCloseInput in = new DailyCloseInput(day, counted, Forms.blankToNull(note.get()));
        if (closeKey == null) {
            closeKey = ShopClient.newIdempotencyKey(); // the same key when the same count is retried
        }
        String key = closeKey;
        busy.set(true);
        tasks.run(
                () -> session.client().recordDailyClose(in, key),
                d -> {
                    busy.set(false);
                    closeKey = null;
                    countedCash.set("");
                    note.set("");
                    showClose(d);
                    message.set(m.get(
                            "reports.close.recorded", differenceText(d.cash().difference())));
                },
                t -> {
                    closeKey = null;
                    Forms.fail(fieldErrors, error, t, m);
                    busy.set(false);
                });
    }

    /** Reopens the day shown (its standing count) with why: a new count can be recorded. */
    public boolean reopen(String reason) {
        LocalDate day = closeDate.get();
        if (reason == null || reason.isBlank() || day == null) {
            error.set(m.get("reports.close.reasonRequired"));
            return false;
        }
        error.set("");
        busy.set(true);
        tasks.run(
                () -> session.client().reopenDailyClose(day, reason.strip(), ShopClient.newIdempotencyKey()),
                d -> {
                    busy.set(false);
                    showClose(d);
                    message.set(m.get("reports.close.reopened"));
                },
                this::fail);
        return true;
    }

    /** Whether the day shown has a standing count (then it is reopened, not counted). */
    public boolean closed() {
        return dailyClose.get() != null && dailyClose.get().close() != null;
    }

    // ---- files ----

    /** The path and query of the report shown, as the server serves it. */
    String path() {
        Report r = report.get();
        return switch (r) {
            case SALES -> ShopClient.reportPath(r.path(), "from", from.get(), "to", to.get(), "groupBy", groupBy.get());
            case TECHNICIANS -> ShopClient.reportPath(r.path(), "from", from.get(), "to", to.get());
            case RECEIVABLES -> ShopClient.reportPath(r.path());
            case DAILY_CLOSE -> ShopClient.reportPath(r.path(), "date", closeDate.get());
        };
    }

    /** The file name the report shown is offered under ({@code sales-2026-11-01-2026-11-28.csv}). */
    public String fileName(String format) {
        Report r = report.get();
        String base = m.get("reports.file." + r.path());
        String dates = switch (r) {
            case SALES, TECHNICIANS -> from.get() + "-" + to.get();
            case RECEIVABLES -> today().toString();
            case DAILY_CLOSE -> String.valueOf(closeDate.get());
        };
        return base + "-" + dates + "." + format;
    }

    /** Saves the report shown, as the server renders it in {@code format} (csv, pdf), to the file. */
    public void export(String format, Path file) {
        if (report.get() != Report.RECEIVABLES && report.get() != Report.DAILY_CLOSE && !rangeValid()) {
            return;
        }
        String p = path();
        tasks.run(
                () -> Files.write(file, session.client().reportFile(p, format)),
                written -> {
                    error.set("");
                    message.set(m.get("reports.saved", written.getFileName()));
                },
                this::fail);
    }

    /** The report shown as the server's PDF (to print it). */
    public void fetchPdf(Consumer<byte[]> then) {
        String p = path();
        tasks.run(() -> session.client().reportFile(p, "pdf"), then, this::fail);
    }

    /** Says a print failed (no printer, or the printer refused). */
    public void printFailed(String text) {
        message.set("");
        error.set(text);
    }

    // ---- formats ----

    public String money(long minorUnits) {
        return m.money(minorUnits, session.shop().currency());
    }

    /** Money, or "-" when there is no figure (a ratio over nothing). */
    public String money(Long minorUnits) {
        return minorUnits == null ? "-" : money(minorUnits.longValue());
    }

    /** A percent with one decimal ("12.5%"), "-" when there is no figure. */
    public String percent(BigDecimal p) {
        if (p == null) {
            return "-";
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(p) + "%";
    }

    public String hours(BigDecimal h) {
        return h == null ? "-" : m.hours(h);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(m.locale()).format(n);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** "₩5,000 over", "₩2,000 short", "even". */
    public String differenceText(Long difference) {
        if (difference == null) {
            return "-";
        }
        if (difference == 0) {
            return m.get("reports.close.even");
        }
        return m.get(difference > 0 ? "reports.close.over" : "reports.close.short", money(Math.abs(difference)));
    }

    /**
     * How a figure is made, in the user's language: the desktop's words for it
     * ({@code reports.formula.sales.averageRepairOrder}), else the server's.
     */
    public String formula(Report r, String figure, Map<String, String> formulas) {
        String server = formulas == null ? null : formulas.get(figure);
        if (server != null && m.locale().getLanguage().equals("en")) {
            return server; // the server's own words, as the docs write them
        }
        String key = "reports.formula." + r.path() + "." + figure;
        String ours = m.get(key);
        if (!ours.equals(key)) {
            return ours;
        }
        return server == null ? "" : server;
    }
}
