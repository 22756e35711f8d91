package org.shopsuite.desktop.ui.warranty;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;

/**
 * The manager's dialog for the free re-repair windows: one row a window, tried from the top (the
 * first that fits the car decides), each with its limits and its days; rows added, removed and
 * moved with buttons that Tab reaches; Ctrl+Enter saves.
 */
public final class WarrantyWindowsDialog {
    private WarrantyWindowsDialog() {}

    public static Dialog<Void> open(Window owner, WarrantyWindowsViewModel vm, Messages m) {
        GridPane grid = new GridPane();
        grid.setId("warranty-windows-rows");
        grid.setHgap(8);
        grid.setVgap(4);
        Runnable redraw = () -> layOut(grid, vm, m);
        redraw.run();

        Label explain = new Label(m.get("warrantyWindows.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.setPrefWidth(600);

        Button add = new Button(m.get("warrantyWindows.add"));
        add.setId("warranty-windows-add");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.setOnAction(e -> vm.add());
        add.disableProperty()
                .bind(javafx.beans.binding.Bindings.size(vm.rows())
                        .greaterThanOrEqualTo(WarrantyWindowsViewModel.MAX_ROWS));
        Button legal = new Button(m.get("warrantyWindows.legal"));
        legal.setId("warranty-windows-legal");
        legal.setMnemonicParsing(true);
        legal.setGraphic(new FontIcon("mdi2s-scale-balance"));
        legal.setOnAction(e -> vm.legalDefaults());
        HBox buttons = new HBox(8, add, legal);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label listError = DialogForms.error("warranty-windows-list-error");
        listError.managedProperty().bind(listError.textProperty().isNotEmpty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("warrantyWindows", listError));
        Label error = DialogForms.error("warranty-windows-error");
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(10, explain, grid, listError, buttons, error);
        content.setPrefWidth(640);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "warranty-windows-dialog",
                m.get("warrantyWindows.title"),
                m.get("warrantyWindows.header"),
                content,
                m.get("common.save"),
                vm.busyProperty(),
                vm::save,
                m);
        d.getDialogPane().setPrefWidth(700);
        d.setResizable(true);
        // the rows come after the dialog is first laid out, and errors appear under them: it grows (or
        // shrinks) to show them all with its buttons
        Runnable fit = () -> {
            javafx.scene.Scene scene = d.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null) {
                javafx.application.Platform.runLater(scene.getWindow()::sizeToScene);
            }
        };
        vm.rows().addListener((ListChangeListener<WarrantyWindowsViewModel.Row>) c -> {
            redraw.run();
            fit.run();
        });
        vm.fieldErrors().addListener((MapChangeListener<String, String>) c -> fit.run());
        vm.load();
        return d;
    }

    /** The header and one line a row: "up to [months] months or [km] km -> [days] days", its buttons. */
    private static void layOut(GridPane grid, WarrantyWindowsViewModel vm, Messages m) {
        grid.getChildren().clear();
        grid.add(bold(m.get("warrantyWindows.col.order")), 0, 0);
        grid.add(bold(m.get("warrantyWindows.col.months")), 1, 0);
        grid.add(bold(m.get("warrantyWindows.col.km")), 2, 0);
        grid.add(bold(m.get("warrantyWindows.col.days")), 3, 0);
        int n = vm.rows().size();
        for (int i = 0; i < n; i++) {
            WarrantyWindowsViewModel.Row row = vm.rows().get(i);
            String at = "warrantyWindows[" + i + "].";
            Label order = new Label((i + 1) + ".");
            order.setMinWidth(Region.USE_PREF_SIZE);
            TextField months = field("warranty-window-months-" + i, row.monthsProperty(), m.get("warrantyWindows.any"));
            TextField km = field("warranty-window-km-" + i, row.kmProperty(), m.get("warrantyWindows.any"));
            TextField days = field("warranty-window-days-" + i, row.daysProperty(), "30");
            months.setAccessibleText(m.get("warrantyWindows.col.months") + " " + (i + 1));
            km.setAccessibleText(m.get("warrantyWindows.col.km") + " " + (i + 1));
            days.setAccessibleText(m.get("warrantyWindows.col.days") + " " + (i + 1));
            Label monthsError = DialogForms.error("warranty-window-months-error-" + i);
            Label kmError = DialogForms.error("warranty-window-km-error-" + i);
            Label daysError = DialogForms.error("warranty-window-days-error-" + i);
            ErrorLabels.bind(
                    vm.fieldErrors(),
                    Map.of(at + "maxAgeMonths", monthsError, at + "maxKm", kmError, at + "days", daysError));
            for (Label e : new Label[] {monthsError, kmError, daysError}) {
                // an error line takes room only when it has something to say
                e.managedProperty().bind(e.textProperty().isNotEmpty());
                e.visibleProperty().bind(e.textProperty().isNotEmpty());
                e.setMaxWidth(180);
                e.setMinHeight(Region.USE_PREF_SIZE); // wrapped onto more lines, never cut
            }
            Button up = icon("warranty-window-up-" + i, "mdi2a-arrow-up", m.get("warrantyWindows.up"));
            up.setOnAction(e -> vm.move(row, -1));
            up.setDisable(i == 0);
            Button down = icon("warranty-window-down-" + i, "mdi2a-arrow-down", m.get("warrantyWindows.down"));
            down.setOnAction(e -> vm.move(row, 1));
            down.setDisable(i == n - 1);
            Button remove =
                    icon("warranty-window-remove-" + i, "mdi2d-delete-outline", m.get("warrantyWindows.remove"));
            remove.setOnAction(e -> vm.remove(row));
            remove.setDisable(n == 1);
            grid.add(order, 0, i + 1);
            grid.add(new VBox(2, months, monthsError), 1, i + 1);
            grid.add(new VBox(2, km, kmError), 2, i + 1);
            grid.add(new VBox(2, days, daysError), 3, i + 1);
            grid.add(new HBox(4, up, down, remove), 4, i + 1);
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Button icon(String id, String icon, String text) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        return b;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setMinWidth(Region.USE_PREF_SIZE); // a column is as wide as its heading
        return l;
    }
}
