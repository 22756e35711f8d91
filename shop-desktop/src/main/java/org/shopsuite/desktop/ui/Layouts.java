package org.shopsuite.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The layout rules every screen follows, applied where a screen is loaded so screens added later
 * follow them too: a button is never narrower than its text, a table fills its width and its columns
 * are at least as wide as their header and their widest value (up to a limit; longer values wrap).
 */
public final class Layouts {
    /** A column is not widened past this to fit a value; longer values wrap onto more lines. */
    static final double MAX_FITTED_COLUMN = 380;

    private Layouts() {}

    /** Applies the rules to a freshly loaded screen. */
    public static void apply(Node root) {
        if (root instanceof ButtonBase b && b.getMinWidth() == Control.USE_COMPUTED_SIZE) {
            b.setMinWidth(Control.USE_PREF_SIZE);
        }
        if (root instanceof TableView<?> t) {
            fitColumns(t);
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Layouts::apply);
            if (root instanceof javafx.scene.control.SplitPane s) {
                s.getItems().forEach(Layouts::apply);
            }
            if (root instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
                apply(s.getContent());
            }
            if (root instanceof javafx.scene.control.TabPane tp) {
                tp.getTabs().forEach(tab -> {
                    if (tab.getContent() != null) apply(tab.getContent());
                });
            }
            if (root instanceof javafx.scene.layout.BorderPane) {
                // BorderPane's regions are its children already
            }
        }
    }

    /**
     * The table fills its width (extra space shared by all columns) and each column is at least as
     * wide as its header and its values, measured again whenever the rows change.
     */
    public static <S> void fitColumns(TableView<S> table) {
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        }
        Runnable fit = () -> Platform.runLater(() -> measure(table));
        table.getItems().addListener((ListChangeListener<S>) c -> fit.run());
        table.itemsProperty().addListener((o, a, b) -> {
            if (b != null) b.addListener((ListChangeListener<S>) c -> fit.run());
            fit.run();
        });
        table.skinProperty().addListener((o, a, b) -> fit.run());
        // Measured again once laid out: the cells, and so the font the screen's style gives them,
        // exist only then.
        table.widthProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    private static <S> void measure(TableView<S> table) {
        Font font = fontOf(table);
        int rows = Math.min(table.getItems().size(), 300);
        for (TableColumn<S, ?> col : table.getVisibleLeafColumns()) {
            double widest = width(col.getText(), font) + 28; // the header's padding and sort arrow
            boolean wraps = Boolean.TRUE.equals(col.getProperties().get(WRAPS));
            for (int i = 0; i < rows; i++) {
                Object value = col.getCellData(i);
                if (value instanceof String s) {
                    widest = Math.max(widest, Math.min(width(s, font) + 18, wraps ? 0 : MAX_FITTED_COLUMN));
                }
            }
            if (wraps) {
                widest = Math.max(widest, Math.min(col.getPrefWidth(), MAX_FITTED_COLUMN));
            }
            col.setMinWidth(Math.ceil(widest));
            if (col.getPrefWidth() < widest) {
                col.setPrefWidth(Math.ceil(widest));
            }
        }
        shareTheWidth(table);
        refit(table);
    }

    /**
     * Columns sized while the table was wider (or hidden) can keep their widths after it shrinks and
     * end past its edge: the resize policy is asked again to share the width the table has now.
     */
    private static <S> void refit(TableView<S> table) {
        double available = table.getWidth()
                - table.getInsets().getLeft()
                - table.getInsets().getRight();
        if (available <= 0) return;
        double sum = 0;
        for (TableColumn<S, ?> col : table.getVisibleLeafColumns()) {
            sum += col.getWidth();
        }
        if (sum > available + 1) {
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
            table.requestLayout();
        }
    }

    /**
     * When the columns' values do not all fit the table's width, the widest text column wraps its
     * values onto more lines and gives up the difference, so no column is pushed out of sight.
     */
    @SuppressWarnings("unchecked")
    private static <S> void shareTheWidth(TableView<S> table) {
        double available = table.getWidth()
                - table.getInsets().getLeft()
                - table.getInsets().getRight()
                - 20;
        if (available <= 0) return;
        double sum = 0;
        List<TableColumn<S, ?>> texts = new ArrayList<>();
        for (TableColumn<S, ?> col : table.getVisibleLeafColumns()) {
            sum += col.getMinWidth();
            if ((Object) col.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY
                    || Boolean.TRUE.equals(col.getProperties().get(WRAPS))) {
                texts.add(col);
            }
        }
        // The widest text columns first, each down to its header (or 120) until the rest fits.
        texts.sort((x, y) -> Double.compare(y.getMinWidth(), x.getMinWidth()));
        Font font = fontOf(table);
        int lines = 1;
        for (TableColumn<S, ?> col : texts) {
            if (sum <= available) break;
            double floor = Math.max(width(col.getText(), font) + 28, 60);
            if (col.getMinWidth() <= floor) continue;
            double min = Math.max(floor, col.getMinWidth() - (sum - available));
            sum -= col.getMinWidth() - min;
            if (!Boolean.TRUE.equals(col.getProperties().get(WRAPS))) {
                wrapping((TableColumn<S, String>) col);
            }
            col.setMinWidth(Math.ceil(min));
            col.setPrefWidth(Math.ceil(min));
            double widestValue = 0;
            for (int i = 0; i < Math.min(table.getItems().size(), 300); i++) {
                if (col.getCellData(i) instanceof String v) widestValue = Math.max(widestValue, width(v, font));
            }
            lines = Math.max(lines, (int) Math.ceil(widestValue / Math.max(1, Math.ceil(min) - 16)));
        }
        Object base = table.getProperties().get(ROW);
        if (base instanceof Double row) {
            // Rows of a table sized to its rows are as tall as its longest wrapped value.
            table.setFixedCellSize(row + (lines - 1) * Math.ceil(font.getSize() * 1.35));
        }
    }

    private static final String ROW = "shop-suite-row";

    private static Font fontOf(TableView<?> table) {
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof Labeled l) return l.getFont();
        }
        for (Node n : table.lookupAll(".column-header .label")) {
            if (n instanceof Labeled l) return l.getFont(); // as the cells', or bold: never narrower
        }
        Font base = Font.getDefault();
        return Font.font(base.getFamily(), 14);
    }

    static double width(String s, Font font) {
        if (s == null || s.isEmpty()) return 0;
        double widest = 0;
        for (String line : s.split("\n", -1)) {
            Text t = new Text(line);
            t.setFont(font);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static final String WRAPS = "shop-suite-wraps";

    /** This column's values wrap onto more lines instead of being cut with "...". */
    public static <S> void wrapping(TableColumn<S, String> col) {
        col.getProperties().put(WRAPS, true);
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
    }

    /**
     * The table is as tall as its rows (at least one, at most {@code maxRows}; beyond that it
     * scrolls), so a short invoice shows all its lines and no empty space.
     */
    public static void fitRows(TableView<?> table, int maxRows) {
        double row = Math.ceil(fontOf(table).getSize() * 2.3);
        table.getProperties().put(ROW, row);
        table.setFixedCellSize(row);
        Runnable size = () -> {
            int n = Math.max(1, Math.min(maxRows, table.getItems().size()));
            // The header as laid out (its style decides its height), or a generous guess before.
            Node shownHeader = table.lookup(".column-header-background");
            double header = shownHeader != null && shownHeader.getLayoutBounds().getHeight() > 0
                    ? shownHeader.getLayoutBounds().getHeight()
                    : Math.ceil(row * 1.5);
            javafx.geometry.Insets in = table.getInsets();
            table.setPrefHeight(header + n * table.getFixedCellSize() + in.getTop() + in.getBottom() + 2);
            table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            table.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        };
        table.getItems().addListener((javafx.beans.InvalidationListener) o -> size.run());
        table.fixedCellSizeProperty().addListener(o -> size.run());
        table.itemsProperty().addListener((o, a, b) -> {
            if (b != null) b.addListener((javafx.beans.InvalidationListener) x -> size.run());
            size.run();
        });
        table.widthProperty().addListener((o, a, b) -> {
            if (a.doubleValue() == 0 && b.doubleValue() > 0) Platform.runLater(size);
        });
        size.run();
    }
}
