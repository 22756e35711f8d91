package org.shopsuite.desktop.ui.manage;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.TimeEntry;

/** The manager's view of a mechanic's time entries, with corrections and voids (issue 21). */
public final class TimeEntriesDialog {
    private TimeEntriesDialog() {}

    public static Dialog<Void> show(Window owner, TimeEntriesViewModel vm, Messages m) {
        DatePicker from = new DatePicker();
        from.setId("time-from");
        Cells.localDates(from, m);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("time-to");
        Cells.localDates(to, m);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button show = new Button(m.get("timeEntries.show"));
        show.setId("time-show");
        show.setMnemonicParsing(true);
        show.setGraphic(new FontIcon("mdi2m-magnify"));
        show.setOnAction(e -> vm.load());
        Label fromLabel = new Label(m.get("timeEntries.from"));
        fromLabel.setLabelFor(from);
        fromLabel.setMnemonicParsing(true);
        Label toLabel = new Label(m.get("timeEntries.to"));
        toLabel.setLabelFor(to);
        toLabel.setMnemonicParsing(true);
        for (Label l : new Label[] {fromLabel, toLabel}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(165);
        to.setPrefWidth(165);
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox range = new HBox(8, fromLabel, from, toLabel, to, show);
        range.setAlignment(Pos.CENTER_LEFT);

        ListView<TimeEntry> list = new ListView<>(vm.entries());
        list.setId("time-entries");
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(m.get("timeEntries.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimeEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : vm.describe(e));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b));
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField start = field("time-start", vm.startProperty());
        TextField end = field("time-end", vm.endProperty());
        TextField reason = field("time-reason", vm.reasonProperty());
        reason.setPromptText(m.get("timeEntries.reason.prompt"));
        reason.setPrefColumnCount(30);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        Label startError = DialogForms.error("time-start-error");
        Label endError = DialogForms.error("time-end-error");
        Label reasonError = DialogForms.error("time-reason-error");
        form.addRow(0, label(m.get("timeEntries.start"), start), start, startError);
        form.addRow(1, label(m.get("timeEntries.end"), end), end, endError);
        form.addRow(2, label(m.get("timeEntries.reason"), reason), reason, reasonError);
        ErrorLabels.bind(
                vm.fieldErrors(), java.util.Map.of("start", startError, "end", endError, "reason", reasonError));
        Button voidIt = new Button(m.get("timeEntries.voidButton"));
        voidIt.setId("time-void");
        voidIt.setMnemonicParsing(true);
        voidIt.setGraphic(new FontIcon("mdi2c-cancel"));
        voidIt.setOnAction(e -> vm.voidSelected());
        voidIt.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        form.disableProperty().bind(vm.selectedProperty().isNull());
        Label hint = new Label(m.get("timeEntries.hint"));
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("time-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("time-error");
        error.textProperty().bind(vm.errorProperty());
        HBox actions = new HBox(8, voidIt, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, range, list, hint, form, actions, error);
        content.setPrefWidth(720);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "time-entries-dialog",
                vm.title(),
                m.get("timeEntries.explain"),
                content,
                m.get("timeEntries.save"),
                vm.busyProperty(),
                close -> vm.correct(),
                m);
        d.getDialogPane().setPrefWidth(760);
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.setResizable(true);
        vm.load();
        return d;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText("2026-11-28 08:30");
        f.setPrefColumnCount(14);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }
}
