package org.shopsuite.desktop.ui.report;

import java.io.File;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.desktop.ui.report.ReportsViewModel.Report;
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.Receivables;
import org.shopsuite.model.SalesReport;
import org.shopsuite.model.TechnicianReport;

/**
 * The manager's Reports screen: sales, technicians, receivables and the daily close, each with its
 * charts, its table and how each figure is made (in the column's tooltip and the legend under it).
 */
public final class ReportsView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Columns of words, left-aligned; every other column is a figure, right-aligned. */
    private static final java.util.Set<String> TEXTS =
            java.util.Set.of("period", "name", "customer", "number", "issuedAt", "pauseHours");

    private final ReportsViewModel vm;
    private final Messages m;

    @FXML
    private Label fromLabel;

    @FXML
    private DatePicker from;

    @FXML
    private Label toLabel;

    @FXML
    private DatePicker to;

    @FXML
    private MenuButton presets;

    @FXML
    private Label groupByLabel;

    @FXML
    private ComboBox<String> groupBy;

    @FXML
    private TabPane reports;

    @FXML
    private Tab techniciansTab;

    @FXML
    private Tab receivablesTab;

    @FXML
    private Tab closeTab;

    @FXML
    private BarChart<String, Number> salesChart;

    @FXML
    private NumberAxis salesY;

    @FXML
    private LineChart<String, Number> aroChart;

    @FXML
    private NumberAxis aroY;

    @FXML
    private LineChart<String, Number> carsChart;

    @FXML
    private BarChart<String, Number> gpChart;

    @FXML
    private NumberAxis gpY;

    @FXML
    private TableView<PeriodRow> salesTable;

    @FXML
    private VBox salesLegend;

    @FXML
    private javafx.scene.control.SplitPane salesSplit;

    @FXML
    private javafx.scene.control.TitledPane salesFormulas;

    @FXML
    private javafx.scene.control.SplitPane techniciansSplit;

    @FXML
    private javafx.scene.control.TitledPane techniciansFormulas;

    @FXML
    private BarChart<String, Number> techniciansChart;

    @FXML
    private TableView<TechnicianReport.Technician> techniciansTable;

    @FXML
    private VBox techniciansLegend;

    @FXML
    private BarChart<String, Number> receivablesChart;

    @FXML
    private NumberAxis receivablesY;

    @FXML
    private Label receivablesTotal;

    @FXML
    private VBox receivablesLegend;

    @FXML
    private TableView<Receivables.Item> receivablesTable;

    @FXML
    private Label closeDateLabel;

    @FXML
    private DatePicker closeDate;

    @FXML
    private Label closeState;

    @FXML
    private Label changedWarning;

    @FXML
    private GridPane takings;

    @FXML
    private GridPane cash;

    @FXML
    private VBox closeLegend;

    @FXML
    private VBox countForm;

    @FXML
    private Label countedLabel;

    @FXML
    private TextField counted;

    @FXML
    private Label noteLabel;

    @FXML
    private TextField note;

    @FXML
    private Label countedError;

    @FXML
    private Button record;

    @FXML
    private VBox closedBox;

    @FXML
    private Label standing;

    @FXML
    private Button reopen;

    @FXML
    private ListView<DailyClose.DailyCloseRecord> history;

    @FXML
    private Label message;

    @FXML
    private Label error;

    /** A row of the sales table: a period, or the whole range. */
    public record PeriodRow(String label, SalesReport.Period p, boolean total) {}

    public ReportsView(ReportsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        Cells.localDates(from, m);
        Cells.localDates(to, m);
        Cells.localDates(closeDate, m);
        fromLabel.setLabelFor(from);
        toLabel.setLabelFor(to);
        groupByLabel.setLabelFor(groupBy);
        closeDateLabel.setLabelFor(closeDate);
        countedLabel.setLabelFor(counted);
        noteLabel.setLabelFor(note);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        closeDate.valueProperty().bindBidirectional(vm.closeDateProperty());
        groupBy.getItems().setAll(ReportsViewModel.GROUPS);
        groupBy.setConverter(Cells.converter(g -> g == null ? "" : m.get("reports.groupBy." + g)));
        groupBy.valueProperty().bindBidirectional(vm.groupByProperty());
        counted.textProperty().bindBidirectional(vm.countedCashProperty());
        note.textProperty().bindBidirectional(vm.noteProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("countedCash", countedError));
        countedError.managedProperty().bind(countedError.textProperty().isNotEmpty());
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        record.disableProperty().bind(vm.busyProperty());
        reopen.disableProperty().bind(vm.busyProperty());

        reports.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.reportProperty().set(report(b)));
        vm.reportProperty().addListener((o, a, b) -> controlsFor(b));
        controlsFor(vm.reportProperty().get());

        money(salesY);
        money(aroY);
        money(gpY);
        money(receivablesY);
        salesColumns();
        techniciansColumns();
        receivablesColumns();
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DailyClose.DailyCloseRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : historyText(r));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        // the legend opened takes room from the charts, not from the table
        salesFormulas.expandedProperty().addListener((o, a, open) -> salesSplit.setDividerPositions(open ? 0.3 : 0.5));
        techniciansFormulas
                .expandedProperty()
                .addListener((o, a, open) -> techniciansSplit.setDividerPositions(open ? 0.3 : 0.48));
        vm.salesProperty().addListener((o, a, r) -> showSales(r));
        vm.techniciansProperty().addListener((o, a, r) -> showTechnicians(r));
        vm.receivablesProperty().addListener((o, a, r) -> showReceivables(r));
        vm.dailyCloseProperty().addListener((o, a, d) -> showClose(d));
        showClose(null);
        vm.refresh();
    }

    private Report report(Tab t) {
        if (t == techniciansTab) return Report.TECHNICIANS;
        if (t == receivablesTab) return Report.RECEIVABLES;
        if (t == closeTab) return Report.DAILY_CLOSE;
        return Report.SALES;
    }

    /** The range applies to sales and technicians; the grouping to sales. */
    private void controlsFor(Report r) {
        boolean range = r == Report.SALES || r == Report.TECHNICIANS;
        from.setDisable(!range);
        to.setDisable(!range);
        presets.setDisable(!range);
        groupBy.setDisable(r != Report.SALES);
    }

    /** A money axis in the currency's main unit, grouped as the user's language groups numbers. */
    private void money(NumberAxis axis) {
        NumberFormat f = NumberFormat.getIntegerInstance(m.locale());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.format(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
    }

    /** An amount in the currency's main unit, for a chart. */
    private double major(long minor) {
        java.util.Currency c = java.util.Currency.getInstance(currency());
        return BigDecimal.valueOf(minor, Math.max(0, c.getDefaultFractionDigits()))
                .doubleValue();
    }

    private String currency() {
        SalesReport s = vm.salesProperty().get();
        if (s != null) return s.currency();
        Receivables r = vm.receivablesProperty().get();
        if (r != null) return r.currency();
        DailyClose d = vm.dailyCloseProperty().get();
        return d != null ? d.currency() : "KRW";
    }

    // ---- sales ----

    private String periodLabel(SalesReport.Period p, String group) {
        return switch (group) {
            case "month" -> MONTH.format(p.period());
            case "week" -> m.get("reports.week", DAY.format(p.period()));
            default -> DAY.format(p.period());
        };
    }

    private void salesColumns() {
        salesTable.getColumns().clear();
        salesTable.getColumns().add(column(Report.SALES, "period", "reports.col.period", PeriodRow::label));
        salesColumn("repairOrders", "reports.col.repairOrders", p -> vm.count(p.repairOrders()));
        salesColumn("sales", "reports.col.sales", p -> vm.money(p.sales()));
        salesColumn("averageRepairOrder", "reports.col.aro", p -> vm.money(p.averageRepairOrder()));
        salesColumn("hoursPerRepairOrder", "reports.col.hoursPerRo", p -> vm.hours(p.hoursPerRepairOrder()));
        salesColumn("effectiveLaborRate", "reports.col.elr", p -> vm.money(p.effectiveLaborRate()));
        salesColumn("laborGpPercent", "reports.col.laborGp", p -> vm.percent(p.laborGpPercent()));
        salesColumn("partsGpPercent", "reports.col.partsGp", p -> vm.percent(p.partsGpPercent()));
        salesColumn("grossProfit", "reports.col.grossProfit", p -> vm.money(p.grossProfit()));
        salesColumn("gpPercent", "reports.col.gpPercent", p -> vm.percent(p.gpPercent()));
        salesColumn("closeRatioPercent", "reports.col.closeRatio", p -> vm.percent(p.closeRatioPercent()));
        salesColumn("comebackRatePercent", "reports.col.comebacks", p -> vm.percent(p.comebackRatePercent()));
        salesColumn("counterSalesAmount", "reports.col.counterSales", p -> vm.money(p.counterSalesAmount()));
        salesTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PeriodRow r, boolean empty) {
                super.updateItem(r, empty);
                boolean total = !empty && r != null && r.total();
                if (total) {
                    if (!getStyleClass().contains("total-row")) getStyleClass().add("total-row");
                } else {
                    getStyleClass().remove("total-row");
                }
            }
        });
    }

    private void salesColumn(String figure, String header, Function<SalesReport.Period, String> value) {
        salesTable.getColumns().add(column(Report.SALES, figure, header, r -> value.apply(r.p())));
    }

    /**
     * A column of {@code report}'s figure; its cells' tooltip says how the figure is made (the
     * formulas of the report shown).
     */
    private <S> TableColumn<S, String> column(Report report, String figure, String header, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(m.get(header));
        col.setId("col-" + figure);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setSortable(false);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                String how = empty ? "" : vm.formula(report, figure, formulasOf(report));
                setTooltip(how.isEmpty() ? null : new Tooltip(m.get(header) + " = " + how));
            }
        });
        if (!TEXTS.contains(figure)) {
            col.getStyleClass().add("figure"); // right-aligned (app.css)
        }
        return col;
    }

    private Map<String, String> formulasOf(Report r) {
        return switch (r) {
            case SALES ->
                vm.salesProperty().get() == null
                        ? null
                        : vm.salesProperty().get().formulas();
            case TECHNICIANS ->
                vm.techniciansProperty().get() == null
                        ? null
                        : vm.techniciansProperty().get().formulas();
            case RECEIVABLES ->
                vm.receivablesProperty().get() == null
                        ? null
                        : vm.receivablesProperty().get().formulas();
            case DAILY_CLOSE ->
                vm.dailyCloseProperty().get() == null
                        ? null
                        : vm.dailyCloseProperty().get().formulas();
        };
    }

    private void showSales(SalesReport r) {
        salesChart.getData().clear();
        aroChart.getData().clear();
        carsChart.getData().clear();
        gpChart.getData().clear();
        if (r == null) {
            salesTable.getItems().clear();
            return;
        }
        XYChart.Series<String, Number> sales = new XYChart.Series<>();
        sales.setName(m.get("reports.chart.sales"));
        XYChart.Series<String, Number> aro = new XYChart.Series<>();
        aro.setName(m.get("reports.col.aro"));
        XYChart.Series<String, Number> cars = new XYChart.Series<>();
        cars.setName(m.get("reports.col.repairOrders"));
        List<PeriodRow> rows = new ArrayList<>();
        for (SalesReport.Period p : r.periods()) {
            String label = periodLabel(p, r.groupBy());
            sales.getData().add(new XYChart.Data<>(label, major(p.sales())));
            aro.getData()
                    .add(new XYChart.Data<>(label, p.averageRepairOrder() == null ? 0 : major(p.averageRepairOrder())));
            cars.getData().add(new XYChart.Data<>(label, p.repairOrders()));
            rows.add(new PeriodRow(label, p, false));
        }
        rows.add(new PeriodRow(m.get("reports.total"), r.total(), true));
        salesChart.getData().add(sales);
        aroChart.getData().add(aro);
        carsChart.getData().add(cars);
        SalesReport.Period t = r.total();
        XYChart.Series<String, Number> sold = new XYChart.Series<>();
        sold.setName(m.get("reports.gp.sales"));
        XYChart.Series<String, Number> profit = new XYChart.Series<>();
        profit.setName(m.get("reports.gp.profit"));
        String labour = m.get("reports.gp.labour");
        String parts = m.get("reports.gp.parts");
        sold.getData().add(new XYChart.Data<>(labour, major(t.laborSales())));
        sold.getData().add(new XYChart.Data<>(parts, major(t.partsSales())));
        profit.getData().add(new XYChart.Data<>(labour, major(t.laborGrossProfit())));
        profit.getData().add(new XYChart.Data<>(parts, major(t.partsGrossProfit())));
        gpChart.getData().add(sold);
        gpChart.getData().add(profit);
        salesTable.getItems().setAll(rows);
        legend(salesLegend, Report.SALES, r.formulas());
    }

    /** The legend under a report: each figure it has a formula for, with the formula. */
    private void legend(VBox box, Report report, Map<String, String> formulas) {
        box.getChildren().clear();
        for (String figure : formulas.keySet()) {
            String name = m.get("reports.figure." + report.path() + "." + figure);
            if (name.startsWith("reports.figure.")) {
                name = figure;
            }
            Label l = new Label(name + " = " + vm.formula(report, figure, formulas));
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.getStyleClass().add("formula");
            box.getChildren().add(l);
        }
    }

    // ---- technicians ----

    private void techniciansColumns() {
        techniciansTable.getColumns().clear();
        List<TableColumn<TechnicianReport.Technician, String>> cols = new ArrayList<>();
        cols.add(column(Report.TECHNICIANS, "name", "reports.col.mechanic", TechnicianReport.Technician::name));
        cols.add(techColumn("attendedHours", "reports.col.attended", t -> vm.hours(t.attendedHours())));
        cols.add(techColumn("clockedHours", "reports.col.clocked", t -> vm.hours(t.clockedHours())));
        cols.add(techColumn("billedHours", "reports.col.billed", t -> vm.hours(t.billedHours())));
        cols.add(techColumn("warrantyHours", "reports.col.warranty", t -> vm.hours(t.warrantyHours())));
        cols.add(techColumn("efficiencyPercent", "reports.col.efficiency", t -> vm.percent(t.efficiencyPercent())));
        cols.add(techColumn(
                "productivityPercent", "reports.col.productivity", t -> vm.percent(t.productivityPercent())));
        cols.add(techColumn("proficiencyPercent", "reports.col.proficiency", t -> vm.percent(t.proficiencyPercent())));
        cols.add(techColumn("pauseHours", "reports.col.pauses", this::pauses));
        techniciansTable.getColumns().setAll(cols);
    }

    private TableColumn<TechnicianReport.Technician, String> techColumn(
            String figure, String header, Function<TechnicianReport.Technician, String> value) {
        return column(Report.TECHNICIANS, figure, header, value);
    }

    /** "Parts 1.5 h · Break 0.25 h": the reasons paused for, those with time only. */
    private String pauses(TechnicianReport.Technician t) {
        List<String> out = new ArrayList<>();
        for (PauseReason r : PauseReason.values()) {
            BigDecimal h = t.pauseHours() == null ? null : t.pauseHours().get(r);
            if (h != null && h.signum() > 0) {
                out.add(m.get("reports.pause." + r.name()) + " " + vm.hours(h));
            }
        }
        return out.isEmpty() ? "-" : String.join(" · ", out);
    }

    private void showTechnicians(TechnicianReport r) {
        techniciansChart.getData().clear();
        if (r == null) {
            techniciansTable.getItems().clear();
            return;
        }
        CategoryAxis x = (CategoryAxis) techniciansChart.getXAxis();
        List<String> names =
                r.items().stream().map(TechnicianReport.Technician::name).toList();
        x.getCategories().setAll(names);
        XYChart.Series<String, Number> efficiency = new XYChart.Series<>();
        efficiency.setName(m.get("reports.col.efficiency"));
        XYChart.Series<String, Number> productivity = new XYChart.Series<>();
        productivity.setName(m.get("reports.col.productivity"));
        for (TechnicianReport.Technician t : r.items()) {
            efficiency.getData().add(new XYChart.Data<>(t.name(), value(t.efficiencyPercent())));
            productivity.getData().add(new XYChart.Data<>(t.name(), value(t.productivityPercent())));
        }
        techniciansChart.getData().add(efficiency);
        techniciansChart.getData().add(productivity);
        techniciansTable.getItems().setAll(r.items());
        legend(techniciansLegend, Report.TECHNICIANS, r.formulas());
    }

    private static double value(BigDecimal d) {
        return d == null ? 0 : d.doubleValue();
    }

    // ---- receivables ----

    private void receivablesColumns() {
        receivablesTable.getColumns().clear();
        List<TableColumn<Receivables.Item, String>> cols = new ArrayList<>();
        cols.add(column(Report.RECEIVABLES, "number", "reports.col.invoice", Receivables.Item::number));
        cols.add(column(
                Report.RECEIVABLES,
                "customer",
                "reports.col.customer",
                i -> i.customerName() == null ? "-" : i.customerName()));
        cols.add(column(Report.RECEIVABLES, "issuedAt", "reports.col.issued", i -> vm.when(i.issuedAt())));
        cols.add(column(Report.RECEIVABLES, "ageDays", "reports.col.age", i -> m.get("reports.days", i.ageDays())));
        cols.add(column(Report.RECEIVABLES, "total", "reports.col.total", i -> vm.money(i.total())));
        cols.add(column(Report.RECEIVABLES, "paid", "reports.col.paid", i -> vm.money(i.paid())));
        cols.add(column(Report.RECEIVABLES, "balance", "reports.col.balance", i -> vm.money(i.balance())));
        receivablesTable.getColumns().setAll(cols);
    }

    private void showReceivables(Receivables r) {
        receivablesChart.getData().clear();
        if (r == null) {
            receivablesTable.getItems().clear();
            return;
        }
        XYChart.Series<String, Number> balance = new XYChart.Series<>();
        balance.setName(m.get("reports.col.balance"));
        for (Receivables.Bucket b : r.buckets()) {
            balance.getData()
                    .add(new XYChart.Data<>(m.get("reports.bucket", b.bucket(), b.count()), major(b.balance())));
        }
        receivablesChart.getData().add(balance);
        receivablesTable.getItems().setAll(r.items());
        receivablesTotal.setText(m.get("reports.receivables.total", r.count(), vm.money(r.total())));
        legend(receivablesLegend, Report.RECEIVABLES, r.formulas());
    }

    // ---- the daily close ----

    private void showClose(DailyClose d) {
        takings.getChildren().clear();
        cash.getChildren().clear();
        history.getItems().clear();
        closeLegend.getChildren().clear();
        boolean closed = d != null && d.close() != null;
        countForm.setVisible(d != null && !closed);
        countForm.setManaged(d != null && !closed);
        closedBox.setVisible(closed);
        closedBox.setManaged(closed);
        changedWarning.setVisible(d != null && d.changedSinceClose());
        changedWarning.setManaged(d != null && d.changedSinceClose());
        if (d == null) {
            closeState.setText("");
            return;
        }
        closeState.setText(m.get(closed ? "reports.close.closed" : "reports.close.open"));
        int row = 0;
        row = section(takings, row, "reports.close.payments");
        for (DailyClose.MethodTotal t : d.payments()) {
            row = line(takings, row, m.get("payment." + t.method().name()), vm.count(t.count()), vm.money(t.amount()));
        }
        row = section(takings, row, "reports.close.refunds");
        for (DailyClose.MethodTotal t : d.refunds()) {
            row = line(takings, row, m.get("payment." + t.method().name()), vm.count(t.count()), vm.money(t.amount()));
        }
        DailyClose.Invoices i = d.invoices();
        row = section(takings, row, "reports.close.invoices");
        row = line(takings, row, m.get("reports.close.issued"), vm.count(i.issued()), vm.money(i.total()));
        row = line(
                takings,
                row,
                m.get("reports.close.subtotalTax"),
                "",
                vm.money(i.subtotal()) + " + " + vm.money(i.tax()));
        row = line(takings, row, m.get("reports.close.unpaid"), vm.count(i.unpaid()), vm.money(i.unpaidAmount()));
        row = line(takings, row, m.get("reports.close.voided"), vm.count(i.voided()), vm.money(i.voidedTotal()));
        DailyClose.CounterSales c = d.counterSales();
        row = section(takings, row, "reports.close.counterSales");
        row = line(takings, row, m.get("reports.close.sold"), vm.count(c.count()), vm.money(c.total()));
        for (DailyClose.MethodTotal t : c.byMethod()) {
            row = line(
                    takings,
                    row,
                    "  " + m.get("payment." + t.method().name()),
                    vm.count(t.count()),
                    vm.money(t.amount()));
        }
        row = line(
                takings,
                row,
                m.get("reports.close.refunded"),
                vm.count(c.refundedCount()),
                vm.money(c.refundedTotal()));
        DailyClose.PointsDay p = d.points();
        row = section(takings, row, "reports.close.points");
        row = line(
                takings,
                row,
                m.get("reports.close.pointsSold", vm.count(p.soldPoints())),
                vm.count(p.sold()),
                vm.money(p.soldAmount()));
        line(takings, row, m.get("reports.close.pointsSpent"), "", m.get("reports.points", vm.count(p.spentPoints())));

        DailyClose.Cash k = d.cash();
        int r = 0;
        r = line(cash, r, m.get("reports.close.openingFloat"), "", vm.money(k.openingFloat()));
        r = line(cash, r, "+ " + m.get("reports.close.cashPayments"), "", vm.money(k.payments()));
        r = line(cash, r, "+ " + m.get("reports.close.cashCounterSales"), "", vm.money(k.counterSales()));
        r = line(cash, r, "+ " + m.get("reports.close.cashPointsSales"), "", vm.money(k.pointsSales()));
        r = line(cash, r, "− " + m.get("reports.close.cashRefunds"), "", vm.money(k.refunds()));
        Label expected = value(vm.money(k.expected()), "close-expected");
        expected.getStyleClass().add("title-4");
        r = row(cash, r, new Label("= " + m.get("reports.close.expected")), new Label(""), expected);
        r = formulaLine(cash, r, vm.formula(Report.DAILY_CLOSE, "cash.expected", d.formulas()));
        if (k.counted() != null) {
            r = row(
                    cash,
                    r,
                    new Label(m.get("reports.close.countedCash")),
                    new Label(""),
                    value(vm.money(k.counted()), "close-counted-shown"));
            Label diff = value(vm.differenceText(k.difference()), "close-difference");
            diff.getStyleClass().add(k.difference() != null && k.difference() < 0 ? "field-error" : "job-message");
            r = row(cash, r, new Label(m.get("reports.close.difference")), new Label(""), diff);
            formulaLine(cash, r, vm.formula(Report.DAILY_CLOSE, "cash.difference", d.formulas()));
        }
        if (closed) {
            DailyClose.DailyCloseRecord s = d.close();
            standing.setText(m.get(
                    "reports.close.standing",
                    s.closedBy(),
                    vm.when(s.closedAt()),
                    vm.money(s.countedCash()),
                    vm.differenceText(s.difference()),
                    s.note() == null ? "" : s.note()));
        }
        history.getItems().setAll(d.history());
        legend(closeLegend, Report.DAILY_CLOSE, d.formulas());
    }

    private String historyText(DailyClose.DailyCloseRecord r) {
        String counted = m.get(
                "reports.close.historyCount",
                vm.when(r.closedAt()),
                r.closedBy(),
                vm.money(r.countedCash()),
                vm.differenceText(r.difference()));
        return r.reopenedAt() == null
                ? counted
                : counted + "\n"
                        + m.get(
                                "reports.close.historyReopened",
                                vm.when(r.reopenedAt()),
                                r.reopenedBy(),
                                r.reopenReason());
    }

    private int section(GridPane grid, int row, String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("title-4");
        grid.add(l, 0, row, 3, 1);
        return row + 1;
    }

    private int line(GridPane grid, int row, String label, String count, String amount) {
        return row(grid, row, new Label(label), value(count, null), value(amount, null));
    }

    private int row(GridPane grid, int row, Label label, Label count, Label amount) {
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        amount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, label, count, amount);
        GridPane.setHalignment(count, javafx.geometry.HPos.RIGHT);
        GridPane.setHalignment(amount, javafx.geometry.HPos.RIGHT);
        return row + 1;
    }

    private int formulaLine(GridPane grid, int row, String formula) {
        if (formula.isEmpty()) {
            return row;
        }
        Label l = new Label(formula);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(440);
        l.getStyleClass().addAll("text-muted", "formula");
        grid.add(l, 0, row, 3, 1);
        return row + 1;
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    // ---- actions ----

    @FXML
    private void thisMonth() {
        vm.thisMonth();
    }

    @FXML
    private void lastMonth() {
        vm.lastMonth();
    }

    @FXML
    private void last7Days() {
        vm.last7Days();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void previousDay() {
        LocalDate d = vm.closeDateProperty().get();
        vm.closeDateProperty().set(d == null ? vm.today() : d.minusDays(1));
    }

    @FXML
    private void nextDay() {
        LocalDate d = vm.closeDateProperty().get();
        vm.closeDateProperty().set(d == null ? vm.today() : d.plusDays(1));
    }

    @FXML
    private void recordCount() {
        vm.recordCount();
    }

    @FXML
    private void reopen() {
        TextField reason = new TextField();
        reason.setId("close-reopen-reason");
        reason.setPrefColumnCount(30);
        GridPane form = DialogForms.grid();
        form.addRow(0, DialogForms.label(m.get("reports.close.reason"), reason), reason);
        javafx.beans.property.BooleanProperty blank = new javafx.beans.property.SimpleBooleanProperty(true);
        blank.bind(reason.textProperty().isEmpty());
        DialogForms.dialog(
                        window(),
                        "close-reopen-dialog",
                        m.get("reports.close.reopenTitle"),
                        m.get(
                                "reports.close.reopenHeader",
                                vm.closeDateProperty().get()),
                        form,
                        m.get("reports.close.reopenSubmit"),
                        blank,
                        close -> {
                            if (vm.reopen(reason.getText())) {
                                close.run();
                            }
                        },
                        m)
                .show();
        javafx.application.Platform.runLater(reason::requestFocus);
    }

    @FXML
    private void exportCsv() {
        save("csv", "CSV");
    }

    @FXML
    private void exportPdf() {
        save("pdf", "PDF");
    }

    private void save(String format, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("reports.saveTitle", kind));
        chooser.setInitialDirectory(Printing.documentsFolder());
        chooser.setInitialFileName(vm.fileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + format));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            vm.export(format, file.toPath());
        }
    }

    /** Prints the day's close as the server renders it (A4), never the screen. */
    @FXML
    private void print() {
        vm.fetchPdf(pdf -> {
            Printing.Result result;
            try {
                result = Printing.print(window(), pdf, vm.fileName("pdf"), m.locale());
            } catch (RuntimeException e) {
                vm.printFailed(m.get("reports.printFailed"));
                return;
            }
            switch (result) {
                case NO_PRINTER -> vm.printFailed(m.get("receipts.noPrinter"));
                case FAILED -> vm.printFailed(m.get("reports.printFailed"));
                case PRINTED, CANCELLED -> {}
            }
        });
    }

    private javafx.stage.Window window() {
        return reports.getScene() == null ? null : reports.getScene().getWindow();
    }
}
