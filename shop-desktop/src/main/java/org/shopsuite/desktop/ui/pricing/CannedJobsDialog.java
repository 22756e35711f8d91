package org.shopsuite.desktop.ui.pricing;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.EstimateLineInput;

/**
 * The canned jobs window: the list on the left (retired ones marked), the selected one's name,
 * whether the counter offers it, and its lines (Delete removes the selected line) on the right;
 * Ctrl+S or Save sends it.
 */
public final class CannedJobsDialog {
    private CannedJobsDialog() {}

    public static Dialog<Void> open(Window owner, CannedJobsViewModel vm, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("canned.title"));
        d.setResizable(true);
        DialogPane pane = d.getDialogPane();
        pane.setId("canned-dialog");
        pane.setPrefSize(960, 540);
        pane.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("canned-close");
        d.setResultConverter(b -> null);

        ListView<CannedJob> list = new ListView<>(vm.jobs());
        list.setId("canned-list");
        list.setPrefWidth(360);
        list.setMinWidth(260);
        list.setPlaceholder(new Label(m.get("canned.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CannedJob j, boolean empty) {
                super.updateItem(j, empty);
                setText(
                        empty || j == null
                                ? null
                                : m.get(
                                        j.active() ? "canned.item" : "canned.itemRetired",
                                        j.name(),
                                        j.lines().size()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, j) -> {
            if (j != null && !j.equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(j);
            }
        });
        vm.selectedProperty().addListener((o, a, j) -> {
            if (j != null && !j.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(j);
            }
        });

        TextField name = new TextField();
        name.setId("canned-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label nameError = DialogForms.error("canned-name-error");
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("name", nameError));
        CheckBox active = new CheckBox(m.get("canned.active"));
        active.setId("canned-active");
        active.setMnemonicParsing(true);
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        ListView<EstimateLineInput> lines = new ListView<>(vm.lines());
        lines.setId("canned-lines");
        lines.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EstimateLineInput line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : vm.describe(line));
            }
        });
        lines.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE || k.getCode() == KeyCode.BACK_SPACE) {
                vm.removeLine(lines.getSelectionModel().getSelectedIndex());
                k.consume();
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button removeLine = new Button(m.get("canned.removeLine"));
        removeLine.setId("canned-remove-line");
        removeLine.setMnemonicParsing(true);
        removeLine.setGraphic(new FontIcon("mdi2d-delete-outline"));
        removeLine
                .disableProperty()
                .bind(lines.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(javafx.beans.binding.Bindings.size(vm.lines()).lessThan(2)));
        removeLine.setOnAction(e -> vm.removeLine(lines.getSelectionModel().getSelectedIndex()));
        Button save = new Button(m.get("common.save"));
        save.setId("canned-save");
        save.getStyleClass().add("accent");
        save.setGraphic(new FontIcon("mdi2c-content-save"));
        save.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("canned-message");
        message.getStyleClass().add("job-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("canned-error");
        error.textProperty().bind(vm.errorProperty());
        GridPane form = DialogForms.grid();
        form.add(DialogForms.label(m.get("canned.name"), name), 0, 0);
        form.add(new VBox(2, name, nameError), 1, 0);
        form.add(active, 1, 1);
        Label how = new Label(m.get("canned.howToMake"));
        how.setWrapText(true);
        how.getStyleClass().add("text-muted");
        how.setPrefWidth(560);
        how.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, removeLine, message, error, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        Label linesLabel = DialogForms.label(m.get("canned.lines"), lines);
        VBox right = new VBox(8, form, linesLabel, lines, buttons, how);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(12, list, right);
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.isShortcutDown() && k.getCode() == KeyCode.S) {
                vm.save();
                k.consume();
            }
        });
        d.setOnShown(x -> list.requestFocus());
        vm.load();
        return d;
    }
}
