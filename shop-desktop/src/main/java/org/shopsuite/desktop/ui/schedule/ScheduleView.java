package org.shopsuite.desktop.ui.schedule;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.Bay;

/**
 * The schedule screen: a toolbar (day, previous and next, today, day or week, new booking), the
 * day's grid of bays and mechanics over the opening hours (or the week's bookings per lift), and
 * the list of the bookings shown with the actions on the selected one. Every action is reachable
 * from the keyboard: the grid has a cursor (arrows, Enter books a free cell or selects a booking)
 * and the list has the buttons.
 */
public final class ScheduleView {
    private final ScheduleViewModel vm;
    private final Messages m;
    private final LongConsumer openReceipt;

    @FXML
    private BorderPane root;

    private DatePicker datePicker;
    private DayGrid grid;
    private GridPane weekGrid;
    private Label closed;
    private TableView<Appointment> table;

    /**
     * @param openReceipt shows a receipt (by id) in the Receipts tab, when the window can
     */
    public ScheduleView(ScheduleViewModel vm, Messages m, LongConsumer openReceipt) {
        this.vm = vm;
        this.m = m;
        this.openReceipt = openReceipt;
    }

    @FXML
    private void initialize() {
        root.setTop(toolbar());
        grid = new DayGrid(vm, m, this::book, this::select);
        grid.setId("schedule-grid");
        weekGrid = new GridPane();
        weekGrid.setId("schedule-week-grid");
        weekGrid.getStyleClass().add("schedule-week");
        weekGrid.setHgap(1);
        weekGrid.setVgap(1);
        closed = new Label();
        closed.setId("schedule-closed");
        closed.getStyleClass().add("schedule-closed");
        closed.setWrapText(true);
        StackPane shown = new StackPane(grid, weekGrid, closed);
        StackPane.setAlignment(grid, Pos.TOP_LEFT);
        StackPane.setAlignment(weekGrid, Pos.TOP_LEFT);
        StackPane.setAlignment(closed, Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(shown);
        scroll.setId("schedule-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("schedule-scroll");

        table = table();
        VBox bottom = new VBox(6, table, actions());
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(6, 0, 0, 0));

        vm.dayProperty().addListener((o, a, b) -> showDay());
        vm.weekDaysProperty().addListener((o, a, b) -> showWeek());
        vm.weekProperty().addListener((o, a, b) -> showMode());
        showMode();
        // Before the scroll pane (which scrolls on Page Up/Down); the list keeps its own paging.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean page = !e.isAltDown() && !inTable(e);
            boolean back = (e.isAltDown() && e.getCode() == KeyCode.LEFT) || (page && e.getCode() == KeyCode.PAGE_UP);
            boolean on = (e.isAltDown() && e.getCode() == KeyCode.RIGHT) || (page && e.getCode() == KeyCode.PAGE_DOWN);
            if (back) {
                vm.previous();
                e.consume();
            } else if (on) {
                vm.next();
                e.consume();
            }
        });
        vm.refresh();
    }

    private boolean inTable(KeyEvent e) {
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n == table) {
                return true;
            }
        }
        return false;
    }

    private Node toolbar() {
        Button prev = iconButton("schedule-prev", "mdi2c-chevron-left", m.get("schedule.prev"));
        prev.setOnAction(e -> vm.previous());
        datePicker = new DatePicker();
        datePicker.setId("schedule-date");
        datePicker.setPrefWidth(150);
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        Button next = iconButton("schedule-next", "mdi2c-chevron-right", m.get("schedule.next"));
        next.setOnAction(e -> vm.next());
        Button today = new Button(m.get("schedule.today"));
        today.setId("schedule-today");
        today.setMnemonicParsing(true);
        today.setOnAction(e -> vm.goToday());
        ToggleButton week = new ToggleButton(m.get("schedule.week"));
        week.setId("schedule-week");
        week.setMnemonicParsing(true);
        week.setGraphic(new FontIcon("mdi2c-calendar-week"));
        week.selectedProperty().bindBidirectional(vm.weekProperty());
        Label heading = new Label();
        heading.setId("schedule-heading");
        heading.getStyleClass().add("schedule-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(vm::heading, vm.dateProperty(), vm.weekProperty()));
        Button book = new Button(m.get("schedule.new"));
        book.setId("schedule-new");
        book.setMnemonicParsing(true);
        book.getStyleClass().add("accent");
        book.setGraphic(new FontIcon("mdi2c-calendar-plus"));
        book.setOnAction(e -> newBooking());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, prev, datePicker, next, today, week, heading, gap, book);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("schedule-message");
        message.getStyleClass().add("schedule-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Button open = new Button(m.get("schedule.openReceipt"));
        open.setId("schedule-open-receipt");
        open.setMnemonicParsing(true);
        open.visibleProperty().bind(vm.arrivedReceiptProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            Long id = vm.arrivedReceiptProperty().get();
            if (id != null) {
                openReceipt.accept(id);
            }
        });
        Label error = new Label();
        error.setId("schedule-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        HBox status = new HBox(10, message, open, error);
        status.setAlignment(Pos.CENTER_LEFT);
        status.managedProperty()
                .bind(vm.messageProperty().isNotEmpty().or(vm.errorProperty().isNotEmpty()));
        status.visibleProperty().bind(status.managedProperty());
        VBox top = new VBox(6, bar, status);
        return top;
    }

    private static Button iconButton(String id, String icon, String tip) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private TableView<Appointment> table() {
        TableView<Appointment> t = new TableView<>(vm.appointments());
        t.setId("schedule-table");
        t.setPlaceholder(new Label(m.get("schedule.noBookings")));
        t.getColumns()
                .add(column(
                        m.get("schedule.col.time"),
                        a -> (vm.weekProperty().get() ? m.date(a.date()) + " " : "") + a.startTime() + "–"
                                + a.endTime()));
        t.getColumns().add(column(m.get("schedule.col.plate"), Appointment::plate));
        t.getColumns().add(column(m.get("schedule.col.customer"), Appointment::customerName));
        t.getColumns()
                .add(column(
                        m.get("schedule.col.mechanic"),
                        a -> a.mechanicName() == null ? m.get("schedule.none") : a.mechanicName()));
        t.getColumns()
                .add(column(
                        m.get("schedule.col.bay"), a -> a.bayName() == null ? m.get("schedule.none") : a.bayName()));
        t.getColumns().add(column(m.get("schedule.col.status"), vm::statusText));
        t.getColumns().add(column(m.get("schedule.col.request"), Appointment::request));
        t.getColumns()
                .add(column(
                        m.get("schedule.col.dropOff"),
                        a -> a.dropOff() == null
                                ? ""
                                : m.get("dropOff." + a.dropOff().name())));
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Appointment a, boolean empty) {
                super.updateItem(a, empty);
                for (AppointmentStatus s : AppointmentStatus.values()) {
                    pseudoClassStateChanged(
                            javafx.css.PseudoClass.getPseudoClass("appointment-"
                                    + s.name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', '-')),
                            !empty && a != null && a.status() == s);
                }
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                t.getSelectionModel().clearSelection();
            } else if (!b.equals(t.getSelectionModel().getSelectedItem())) {
                t.getItems().stream().filter(x -> x.id() == b.id()).findFirst().ifPresent(x -> {
                    t.getSelectionModel().select(x);
                    t.scrollTo(x);
                });
            }
            grid.highlight(b);
        });
        return t;
    }

    private static TableColumn<Appointment, String> column(
            String title, java.util.function.Function<Appointment, String> value) {
        TableColumn<Appointment, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(
                cd.getValue() == null ? "" : value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    private Node actions() {
        Button arrive = action("schedule-arrive", "schedule.arrive", "mdi2c-car-arrow-right");
        arrive.disableProperty().bind(vm.bookedProperty().not().or(vm.busyProperty()));
        arrive.setOnAction(e -> arrive());
        Button noShow = action("schedule-noshow", "schedule.noShow", "mdi2a-account-cancel-outline");
        noShow.disableProperty().bind(vm.canNoShowProperty().not().or(vm.busyProperty()));
        noShow.setOnAction(e -> vm.noShow());
        Button reschedule = action("schedule-reschedule", "schedule.reschedule", "mdi2c-calendar-edit");
        reschedule.disableProperty().bind(vm.bookedProperty().not().or(vm.busyProperty()));
        reschedule.setOnAction(e -> reschedule());
        Button cancel = action("schedule-cancel", "schedule.cancel", "mdi2c-calendar-remove-outline");
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(vm.bookedProperty().not().or(vm.busyProperty()));
        cancel.setOnAction(e -> cancel());
        HBox row = new HBox(8, arrive, noShow, reschedule, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button action(String id, String key, String icon) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setGraphic(new FontIcon(icon));
        return b;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- what is shown ------------------------------------------------------------------------

    private void showMode() {
        boolean weekly = vm.weekProperty().get();
        weekGrid.setVisible(weekly);
        weekGrid.setManaged(weekly);
        if (weekly) {
            grid.setVisible(false);
            grid.setManaged(false);
            closed.setVisible(false);
            closed.setManaged(false);
            showWeek();
        } else {
            showDay();
        }
    }

    private void showDay() {
        if (vm.weekProperty().get()) {
            return;
        }
        ScheduleGrid.Day d = vm.dayProperty().get();
        boolean isClosed = d != null && d.closed();
        closed.setText(isClosed ? m.get("schedule.closed", m.date(d.date())) : "");
        closed.setVisible(isClosed);
        closed.setManaged(isClosed);
        grid.setVisible(!isClosed);
        grid.setManaged(!isClosed);
        grid.show(d);
        grid.highlight(vm.selectedProperty().get());
    }

    private void showWeek() {
        if (!vm.weekProperty().get()) {
            return;
        }
        weekGrid.getChildren().clear();
        List<ScheduleGrid.WeekDay> days = vm.weekDaysProperty().get();
        if (days == null || days.isEmpty()) {
            return;
        }
        // the lift names, then seven days of the same width
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setPrefWidth(180);
        weekGrid.getColumnConstraints().setAll(names);
        for (int i = 0; i < days.size(); i++) {
            javafx.scene.layout.ColumnConstraints day = new javafx.scene.layout.ColumnConstraints();
            day.setPrefWidth(100);
            day.setMinWidth(60);
            day.setHgrow(Priority.ALWAYS);
            day.setFillWidth(true);
            weekGrid.getColumnConstraints().add(day);
        }
        Label corner = new Label(m.get("schedule.week.bay"));
        corner.getStyleClass().add("schedule-week-head");
        corner.setMaxWidth(Double.MAX_VALUE);
        weekGrid.add(corner, 0, 0);
        for (int i = 0; i < days.size(); i++) {
            ScheduleGrid.WeekDay wd = days.get(i);
            Button day = new Button(m.get(
                    "schedule.week.day",
                    m.get("day.short." + wd.date().getDayOfWeek().name()),
                    wd.date().getMonthValue() + "/" + wd.date().getDayOfMonth(),
                    wd.count()));
            day.setId("schedule-day-" + i);
            day.getStyleClass().add("schedule-week-day");
            if (wd.date().equals(vm.today())) {
                day.getStyleClass().add("schedule-week-today");
            }
            day.setMaxWidth(Double.MAX_VALUE);
            day.setOnAction(e -> vm.openDay(wd.date()));
            GridPane.setHgrow(day, Priority.ALWAYS);
            weekGrid.add(day, i + 1, 0);
        }
        int r = 1;
        List<Long> rows = new java.util.ArrayList<>(
                vm.bays().stream().map(Bay::id).map(Long::valueOf).toList());
        boolean unbayed = days.stream().anyMatch(d -> !d.on(null).isEmpty());
        if (unbayed) {
            rows.add(null);
        }
        for (Long bayId : rows) {
            String name = bayId == null
                    ? m.get("schedule.week.noBay")
                    : vm.bays().stream()
                            .filter(b -> b.id() == bayId)
                            .map(Bay::name)
                            .findFirst()
                            .orElse("");
            Label head = new Label(name);
            head.getStyleClass().add("schedule-row-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMaxHeight(Double.MAX_VALUE);
            head.setWrapText(true);
            weekGrid.add(head, 0, r);
            for (int i = 0; i < days.size(); i++) {
                VBox cell = new VBox(2);
                cell.getStyleClass().add("schedule-week-cell");
                cell.setMinHeight(40);
                for (Appointment a : days.get(i).on(bayId)) {
                    Label item = new Label(a.startTime() + " " + a.plate());
                    item.getStyleClass().addAll("schedule-week-item", statusClass(a.status()));
                    item.setTooltip(new Tooltip(vm.blockDetail(a)));
                    item.setMaxWidth(Double.MAX_VALUE);
                    item.setOnMouseClicked(e -> vm.selectedProperty().set(a));
                    cell.getChildren().add(item);
                }
                GridPane.setHgrow(cell, Priority.ALWAYS);
                weekGrid.add(cell, i + 1, r);
            }
            r++;
        }
    }

    static String statusClass(AppointmentStatus s) {
        return "schedule-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    // ---- actions ------------------------------------------------------------------------------

    /** Ctrl+N on this tab: a new booking on the shown day. */
    public void newBooking() {
        openBooking(vm.bookingForm(null, null));
    }

    /** Enter or a double click on the grid: a booking from the cursor's cell, or the block's booking selected. */
    private void book() {
        BookingViewModel form = vm.activateCursor();
        if (form != null) {
            openBooking(form);
        }
    }

    private void openBooking(BookingViewModel form) {
        ScheduleDialogs.booking(window(), form, m, vm::booked).show();
    }

    private void select(Appointment a) {
        vm.selectedProperty().set(a);
    }

    private void arrive() {
        if (vm.arrivalNeedsMechanic()) {
            ScheduleDialogs.pickMechanic(window(), vm.mechanicsForArrival(), m, vm::arrive)
                    .show();
        } else {
            vm.arrive(null);
        }
    }

    private void cancel() {
        CancelAppointmentViewModel form = vm.cancelForm();
        if (form != null) {
            ScheduleDialogs.cancel(window(), form, m, vm::cancelled).show();
        }
    }

    private void reschedule() {
        RescheduleViewModel form = vm.rescheduleForm();
        if (form != null) {
            ScheduleDialogs.reschedule(window(), form, m, vm::rescheduled).show();
        }
    }

    /** F5 on this tab. */
    public void refresh() {
        vm.refresh();
    }

    /** Puts the keyboard on the grid (or the list in week view). */
    public void focus() {
        if (vm.weekProperty().get() || !grid.isVisible()) {
            table.requestFocus();
        } else {
            grid.requestFocus();
        }
    }

    static boolean primaryDoubleClick(javafx.scene.input.MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2;
    }
}
