package org.shopsuite.desktop.ui.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Appointment;

/**
 * The day's grid, drawn with plain Regions: the hours across the top, a row per bay then per
 * mechanic (name, and a load bar of hours booked of capacity), a cell per 15 minutes (a bay's free
 * cells marked), each booking a block over its cells in its status colour. It takes the keyboard as
 * one stop: the arrows move a cursor, Enter books the cell (or selects the booking under it); a
 * click moves the cursor, a double click books; a block dragged onto another free start or lift
 * moves the booking.
 */
final class DayGrid extends Region {
    static final double HEAD_WIDTH = 200;
    static final double TIME_HEIGHT = 22;
    static final double ROW_HEIGHT = 40;
    static final double GAP = 8;
    static final double MIN_CELL = 14;

    private final ScheduleViewModel vm;
    private final Runnable activate;
    private final Consumer<Appointment> select;
    private ScheduleGrid.Day day;
    private final List<Label> times = new ArrayList<>();
    private final List<Node> heads = new ArrayList<>();
    private final List<Region[]> cells = new ArrayList<>();
    private final Map<Label, ScheduleGrid.Block> blocks = new HashMap<>();
    private final Map<Label, Integer> blockRows = new HashMap<>();
    private final Region cursor = new Region();
    private final Region dropTarget = new Region();
    private Label dragged;

    DayGrid(ScheduleViewModel vm, Messages m, Runnable activate, Consumer<Appointment> select) {
        this.vm = vm;
        this.activate = activate;
        this.select = select;
        getStyleClass().add("schedule-grid");
        setFocusTraversable(true);
        setAccessibleText(m.get("schedule.grid.accessible"));
        cursor.getStyleClass().add("schedule-cursor");
        cursor.setMouseTransparent(true);
        cursor.setManaged(false);
        cursor.visibleProperty().bind(focusedProperty());
        dropTarget.getStyleClass().add("schedule-drop");
        dropTarget.setMouseTransparent(true);
        dropTarget.setManaged(false);
        dropTarget.setVisible(false);
        vm.cursorProperty().addListener((o, a, b) -> requestLayout());
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            ScheduleViewModel.Cell c = cellAt(e.getX(), e.getY());
            if (c != null) {
                vm.setCursor(c.row(), c.column());
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cellAt(e.getX(), e.getY()) != null) {
                activate.run();
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT -> vm.moveCursor(0, -1);
            case RIGHT -> vm.moveCursor(0, 1);
            case UP -> vm.moveCursor(-1, 0);
            case DOWN -> vm.moveCursor(1, 0);
            case HOME -> vm.moveCursor(0, -1000);
            case END -> vm.moveCursor(0, 1000);
            case ENTER, SPACE -> activate.run();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Draws a day (null: nothing yet). */
    void show(ScheduleGrid.Day d) {
        this.day = d;
        getChildren().clear();
        times.clear();
        heads.clear();
        cells.clear();
        blocks.clear();
        blockRows.clear();
        if (d == null || d.closed()) {
            requestLayout();
            return;
        }
        ScheduleGrid.Axis axis = d.axis();
        for (int c = 0; c < axis.columns(); c++) {
            int minute = axis.start(c);
            if (minute % 60 == 0 || c == 0) {
                Label t = new Label(ScheduleGrid.time(minute));
                t.getStyleClass().add("schedule-time");
                t.setUserData(c);
                times.add(t);
            }
        }
        getChildren().addAll(times);
        for (int r = 0; r < d.rows().size(); r++) {
            ScheduleGrid.Row row = d.rows().get(r);
            Region[] rowCells = new Region[axis.columns()];
            for (int c = 0; c < rowCells.length; c++) {
                Region cell = new Region();
                cell.getStyleClass().add("schedule-cell");
                if (axis.start(c) % 60 == 0) {
                    cell.getStyleClass().add("schedule-cell-hour");
                }
                if (row.kind() == ScheduleGrid.Kind.BAY && row.isFree(c)) {
                    cell.getStyleClass().add("schedule-free");
                }
                if (row.dayOff()) {
                    cell.getStyleClass().add("schedule-off");
                }
                rowCells[c] = cell;
            }
            cells.add(rowCells);
            getChildren().addAll(rowCells);
            Node head = head(r, row);
            heads.add(head);
            getChildren().add(head);
        }
        for (int r = 0; r < d.rows().size(); r++) {
            for (ScheduleGrid.Block b : d.rows().get(r).blocks()) {
                Label block = block(b, d.rows().get(r).kind());
                blocks.put(block, b);
                blockRows.put(block, r);
                getChildren().add(block);
            }
        }
        getChildren().addAll(cursor, dropTarget);
        requestLayout();
    }

    private Node head(int index, ScheduleGrid.Row row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("schedule-row-name");
        name.setMinWidth(0);
        VBox head = new VBox(2, name);
        head.setId("schedule-row-" + index);
        head.getStyleClass()
                .addAll(
                        "schedule-row-head",
                        row.kind() == ScheduleGrid.Kind.BAY ? "schedule-bay" : "schedule-mechanic");
        if (row.kind() == ScheduleGrid.Kind.MECHANIC) {
            ProgressBar load = new ProgressBar(row.load());
            load.setId("schedule-load-" + row.id());
            load.getStyleClass().add("schedule-load");
            if (row.bookedHours() != null
                    && row.capacityHours() != null
                    && row.bookedHours().compareTo(row.capacityHours()) >= 0) {
                load.getStyleClass().add("schedule-load-full");
            }
            load.setMaxWidth(Double.MAX_VALUE);
            load.setMinWidth(16); // the bar gives way: the hours are always read in full
            load.setPrefHeight(8);
            Label words = new Label(vm.loadText(row));
            words.setId("schedule-load-text-" + row.id());
            words.getStyleClass().add("schedule-load-text");
            words.setMinWidth(Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(6, load, words);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(load, javafx.scene.layout.Priority.ALWAYS);
            head.getChildren().add(line);
        }
        return head;
    }

    private Label block(ScheduleGrid.Block b, ScheduleGrid.Kind kind) {
        Appointment a = b.appointment();
        Label l = new Label(ScheduleViewModel.blockText(a));
        l.setId((kind == ScheduleGrid.Kind.BAY ? "schedule-block-" : "schedule-mblock-") + a.id());
        l.getStyleClass().addAll("schedule-block", ScheduleView.statusClass(a.status()));
        l.setTooltip(new Tooltip(vm.blockDetail(a)));
        l.setMinSize(0, 0);
        l.setManaged(false);
        l.setUserData(a);
        l.setOnMousePressed(e -> {
            select.accept(a);
            requestFocus();
            e.consume();
        });
        if (kind == ScheduleGrid.Kind.BAY && a.status() == org.shopsuite.model.AppointmentStatus.BOOKED) {
            l.setOnMouseDragged(e -> {
                dragged = l;
                {
                    javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
                    showDrop(cellAt(p.getX(), p.getY()));
                    e.consume();
                }
            });
            l.setOnMouseReleased(e -> {
                if (dragged == l) {
                    dragged = null;
                    dropTarget.setVisible(false);
                    javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
                    ScheduleViewModel.Cell c = cellAt(p.getX(), p.getY());
                    if (c != null) {
                        vm.dropOn(a, c);
                    }
                    e.consume();
                }
            });
        }
        return l;
    }

    private void showDrop(ScheduleViewModel.Cell c) {
        if (c == null || day == null || day.rows().get(c.row()).kind() != ScheduleGrid.Kind.BAY) {
            dropTarget.setVisible(false);
            return;
        }
        double w = cellWidth();
        dropTarget.resizeRelocate(HEAD_WIDTH + c.column() * w, rowY(c.row()), w, ROW_HEIGHT);
        dropTarget.setVisible(true);
    }

    /** Marks the selected booking's blocks. */
    void highlight(Appointment selected) {
        blocks.forEach((l, b) -> l.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("chosen"),
                selected != null && b.appointment().id() == selected.id()));
    }

    private double cellWidth() {
        if (day == null || day.closed()) {
            return MIN_CELL;
        }
        return Math.max(MIN_CELL, (getWidth() - HEAD_WIDTH - 2) / day.axis().columns());
    }

    private double rowY(int row) {
        double y = TIME_HEIGHT + row * ROW_HEIGHT;
        return row >= day.bayRows() ? y + GAP : y;
    }

    /** The cell under a point of the grid, or null. */
    ScheduleViewModel.Cell cellAt(double x, double y) {
        if (day == null || day.closed() || x < HEAD_WIDTH) {
            return null;
        }
        int column = (int) ((x - HEAD_WIDTH) / cellWidth());
        if (column >= day.axis().columns()) {
            return null;
        }
        for (int r = 0; r < day.rows().size(); r++) {
            double top = rowY(r);
            if (y >= top && y < top + ROW_HEIGHT) {
                return new ScheduleViewModel.Cell(r, column);
            }
        }
        return null;
    }

    @Override
    protected double computePrefWidth(double height) {
        return HEAD_WIDTH + (day == null || day.closed() ? 0 : day.axis().columns() * MIN_CELL) + 2;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (day == null || day.closed()) {
            return TIME_HEIGHT;
        }
        return TIME_HEIGHT
                + day.rows().size() * ROW_HEIGHT
                + (day.bayRows() < day.rows().size() ? GAP : 0)
                + 2;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (day == null || day.closed()) {
            return;
        }
        double w = cellWidth();
        for (Label t : times) {
            int c = (Integer) t.getUserData();
            t.resizeRelocate(HEAD_WIDTH + c * w + 2, 0, Math.max(44, t.prefWidth(-1)), TIME_HEIGHT);
        }
        for (int r = 0; r < cells.size(); r++) {
            double y = rowY(r);
            Region[] rowCells = cells.get(r);
            for (int c = 0; c < rowCells.length; c++) {
                rowCells[c].resizeRelocate(HEAD_WIDTH + c * w, y, w, ROW_HEIGHT);
            }
            heads.get(r).resizeRelocate(0, y, HEAD_WIDTH - 6, ROW_HEIGHT);
        }
        blocks.forEach((l, b) -> {
            double y = rowY(blockRows.get(l));
            double laneHeight = (ROW_HEIGHT - 4) / b.lanes();
            l.resizeRelocate(
                    HEAD_WIDTH + b.column() * w + 1,
                    y + 2 + b.lane() * laneHeight,
                    Math.max(w, b.span() * w - 2),
                    laneHeight - (b.lanes() > 1 ? 1 : 0));
        });
        ScheduleViewModel.Cell c = vm.cursorProperty().get();
        if (c.row() < day.rows().size()) {
            cursor.resizeRelocate(HEAD_WIDTH + c.column() * w, rowY(c.row()), w, ROW_HEIGHT);
        }
    }
}
