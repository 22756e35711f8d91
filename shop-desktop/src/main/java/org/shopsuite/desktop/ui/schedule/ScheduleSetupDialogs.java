package org.shopsuite.desktop.ui.schedule;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Bay;

/**
 * The manager's dialogs for what appointments book: the bays, the opening hours and holidays, and
 * a mechanic's days off. Each is usable from the keyboard: Enter in a field adds or saves, Delete
 * removes the selected date.
 */
public final class ScheduleSetupDialogs {
    private ScheduleSetupDialogs() {}

    // ---- opening hours ----------------------------------------------------------------------

    public static Dialog<Void> openingHours(Window owner, OpeningHoursViewModel vm, Messages m) {
        GridPane week = new GridPane();
        week.setHgap(10);
        week.setVgap(4);
        week.setId("hours-week");
        week.add(bold(m.get("hours.col.day")), 0, 0);
        week.add(bold(m.get("hours.col.opens")), 1, 0);
        week.add(bold(m.get("hours.col.closes")), 2, 0);
        int r = 1;
        for (int i = 0; i < vm.week().size(); i++) {
            OpeningHoursViewModel.Day d = vm.week().get(i);
            Label day = new Label(m.get("day." + d.day().name()));
            day.setMinWidth(Region.USE_PREF_SIZE);
            TextField opens = time("hours-opens-" + i, d.opensProperty());
            TextField closes = time("hours-closes-" + i, d.closesProperty());
            CheckBox closed = new CheckBox(m.get("hours.closed"));
            closed.setId("hours-closed-" + i);
            closed.selectedProperty().bindBidirectional(d.closedProperty());
            opens.disableProperty().bind(closed.selectedProperty());
            closes.disableProperty().bind(closed.selectedProperty());
            Label opensError = DialogForms.error("hours-opens-error-" + i);
            Label closesError = DialogForms.error("hours-closes-error-" + i);
            ErrorLabels.bind(
                    vm.fieldErrors(),
                    java.util.Map.of(
                            "weekdays[" + i + "].opens", opensError, "weekdays[" + i + "].closes", closesError));
            for (Label e : new Label[] {opensError, closesError}) {
                // an error line takes room only when it has something to say: the week fits 1280x720
                e.managedProperty().bind(e.textProperty().isNotEmpty());
                e.visibleProperty().bind(e.textProperty().isNotEmpty());
            }
            week.add(day, 0, r);
            week.add(new VBox(2, opens, opensError), 1, r);
            week.add(new VBox(2, closes, closesError), 2, r);
            week.add(closed, 3, r);
            r++;
        }
        Label note = new Label();
        note.setId("hours-note");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(vm.noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.setPrefWidth(560);
        note.setMinHeight(Region.USE_PREF_SIZE);

        ListView<LocalDate> holidays = dateList("hours-holidays", vm.holidays(), vm::removeHoliday, m);
        DatePicker pick = new DatePicker();
        pick.setId("hours-holiday-date");
        Button add = new Button(m.get("hours.addHoliday"));
        add.setId("hours-holiday-add");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2c-calendar-plus"));
        add.setOnAction(e -> {
            vm.addHoliday(pick.getValue());
            pick.setValue(null);
        });
        Label weekError = DialogForms.error("hours-week-error");
        weekError.managedProperty().bind(weekError.textProperty().isNotEmpty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("weekdays", weekError));
        Label error = DialogForms.error("hours-error");
        error.textProperty().bind(vm.errorProperty());
        HBox addRow = new HBox(8, DialogForms.label(m.get("hours.holidays"), pick), pick, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, note, week, weekError, addRow, holidays, error);
        content.setPrefWidth(600);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "hours-dialog",
                m.get("hours.title"),
                m.get("hours.header"),
                content,
                m.get("common.save"),
                vm.busyProperty(),
                vm::save,
                m);
        d.setResizable(true);
        vm.load();
        return d;
    }

    private static TextField time(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setPromptText("09:00");
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static ListView<LocalDate> dateList(
            String id,
            javafx.collections.ObservableList<LocalDate> dates,
            java.util.function.Consumer<LocalDate> remove,
            Messages m) {
        ListView<LocalDate> list = new ListView<>(dates);
        list.setId(id);
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(m.get("dates.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(
                        empty || d == null
                                ? null
                                : m.date(d) + "  ("
                                        + m.get("day." + d.getDayOfWeek().name()) + ")");
            }
        });
        list.setOnKeyPressed(k -> {
            if ((k.getCode() == KeyCode.DELETE || k.getCode() == KeyCode.BACK_SPACE)
                    && list.getSelectionModel().getSelectedItem() != null) {
                remove.accept(list.getSelectionModel().getSelectedItem());
                k.consume();
            }
        });
        return list;
    }

    // ---- days off -----------------------------------------------------------------------------

    public static Dialog<Void> daysOff(Window owner, DaysOffViewModel vm, Messages m) {
        ListView<LocalDate> list = dateList("days-off-list", vm.dates(), vm::remove, m);
        DatePicker pick = new DatePicker();
        pick.setId("days-off-date");
        Button add = new Button(m.get("daysOff.add"));
        add.setId("days-off-add");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2c-calendar-plus"));
        add.setOnAction(e -> {
            vm.add(pick.getValue());
            pick.setValue(null);
        });
        Button remove = new Button(m.get("daysOff.remove"));
        remove.setId("days-off-remove");
        remove.setMnemonicParsing(true);
        remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        Label error = DialogForms.error("days-off-error");
        error.textProperty().bind(vm.errorProperty());
        HBox row = new HBox(8, pick, add, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, row, list, error);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "days-off-dialog",
                vm.title(),
                m.get("daysOff.explain"),
                content,
                m.get("common.save"),
                vm.busyProperty(),
                vm::save,
                m);
        vm.load();
        return d;
    }

    // ---- bays ---------------------------------------------------------------------------------

    public static Dialog<Void> bays(Window owner, BaysViewModel vm, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("bays.title"));
        DialogPane pane = d.getDialogPane();
        pane.setId("bays-dialog");
        pane.setPrefWidth(760);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("bays-close");
        d.setResultConverter(b -> null);

        ListView<Bay> list = new ListView<>(vm.bays());
        list.setId("bays-list");
        list.setPrefSize(380, 260);
        list.setMinWidth(320);
        list.setPlaceholder(new Label(m.get("bays.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Bay b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.active() ? b.name() : m.get("bays.retired", b.name()));
            }
        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b));

        TextField newName = new TextField();
        newName.setId("bays-new-name");
        newName.setPromptText(m.get("bays.newPrompt"));
        newName.textProperty().bindBidirectional(vm.newNameProperty());
        newName.setOnAction(e -> vm.add());
        Button add = new Button(m.get("bays.add"));
        add.setId("bays-add");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());
        Label newError = DialogForms.error("bays-new-name-error");

        TextField name = new TextField();
        name.setId("bays-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label nameError = DialogForms.error("bays-name-error");
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("newName", newError, "name", nameError));
        CheckBox active = new CheckBox(m.get("bays.active"));
        active.setId("bays-active");
        active.setMnemonicParsing(true);
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        Button save = new Button(m.get("common.save"));
        save.setId("bays-save");
        save.getStyleClass().add("accent");
        save.setGraphic(new FontIcon("mdi2c-content-save"));
        save.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        name.setOnAction(e -> vm.save());
        GridPane form = DialogForms.grid();
        form.add(DialogForms.label(m.get("bays.name"), name), 0, 0);
        form.add(new VBox(2, name, nameError), 1, 0);
        form.add(active, 1, 1);
        VBox edit = new VBox(8, form, new HBox(8, save));
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        HBox addRow = new HBox(8, newName, add);
        HBox.setHgrow(newName, Priority.ALWAYS);
        Label message = new Label();
        message.setId("bays-message");
        message.getStyleClass().add("job-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("bays-error");
        error.textProperty().bind(vm.errorProperty());
        VBox right = new VBox(10, edit);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox content = new VBox(10, addRow, newError, new HBox(12, list, right), message, error);
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        d.setOnShown(x -> newName.requestFocus());
        vm.load();
        return d;
    }
}
