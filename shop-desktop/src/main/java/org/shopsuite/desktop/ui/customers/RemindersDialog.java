package org.shopsuite.desktop.ui.customers;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.model.Reminder;

/** "Reminders…": a day's reminders, queueing their messages, and saving the queued ones as CSV. */
public final class RemindersDialog {
    private RemindersDialog() {}

    public static Dialog<Void> show(Window owner, RemindersViewModel vm, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("reminders.title"));
        DialogPane pane = d.getDialogPane();
        pane.setId("reminders-dialog");
        pane.setHeaderText(m.get("reminders.header"));
        pane.setPrefWidth(900);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("reminders-close");
        d.setResultConverter(b -> null);

        DatePicker date = new DatePicker();
        date.setId("reminders-date");
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        Button queue = new Button(m.get("reminders.queue"));
        queue.setId("reminders-queue");
        queue.setMnemonicParsing(true);
        queue.getStyleClass().add("accent");
        queue.setGraphic(new FontIcon("mdi2m-message-arrow-right-outline"));
        queue.disableProperty().bind(vm.busyProperty());
        queue.setOnAction(e -> vm.queue());
        Button export = new Button(m.get("reminders.export"));
        export.setId("reminders-export");
        export.setMnemonicParsing(true);
        export.setGraphic(new FontIcon("mdi2f-file-delimited-outline"));
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("reminders.saveTitle"));
            chooser.setInitialDirectory(Printing.documentsFolder());
            chooser.setInitialFileName(vm.fileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(pane.getScene().getWindow());
            if (file != null) {
                vm.saveCsv(file.toPath());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, DialogForms.label(m.get("reminders.date"), date), date, gap, queue, export);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Reminder> table = new TableView<>(vm.items());
        table.setId("reminders-table");
        table.setPrefHeight(340);
        table.setPlaceholder(new Label(m.get("reminders.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        column(table, m.get("reminders.col.kind"), 110, vm::kind);
        column(table, m.get("reminders.col.plate"), 100, Reminder::plate);
        column(table, m.get("reminders.col.customer"), 130, r -> r.customerName() == null ? "" : r.customerName());
        column(table, m.get("reminders.col.when"), 260, vm::when);
        column(table, m.get("reminders.col.consent"), 90, vm::consent);
        column(table, m.get("reminders.col.queued"), 80, vm::queued);

        Label message = new Label();
        message.setId("reminders-message");
        message.getStyleClass().add("job-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("reminders-error");
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(10, top, table, message, error);
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        d.setResizable(true);
        d.setOnShown(x -> date.requestFocus());
        vm.load();
        d.show();
        return d;
    }

    private static void column(
            TableView<Reminder> table, String title, double width, java.util.function.Function<Reminder, String> f) {
        TableColumn<Reminder, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        Cells.text(c, f);
        table.getColumns().add(c);
    }
}
