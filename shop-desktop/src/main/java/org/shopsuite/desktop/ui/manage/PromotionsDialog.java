package org.shopsuite.desktop.ui.manage;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Promotion;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.PromotionTrigger;

/**
 * "Promotions…": the list on the left, the selected promotion's form on the right ("New" clears it
 * for a new one); Enter in a field saves.
 */
public final class PromotionsDialog {
    private PromotionsDialog() {}

    public static Dialog<Void> open(Window owner, PromotionsViewModel vm, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("promotions.title"));
        DialogPane pane = d.getDialogPane();
        pane.setId("promotions-dialog");
        pane.setHeaderText(m.get("promotions.header"));
        pane.setPrefWidth(920);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("promotions-close");
        d.setResultConverter(b -> null);

        ListView<Promotion> list = new ListView<>(vm.promotions());
        list.setId("promotions-list");
        list.setPrefSize(420, 280);
        list.setMinWidth(320);
        list.setPlaceholder(new Label(m.get("promotions.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Promotion p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : vm.text(p));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (!b.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(b);
            }
        });
        Button add = new Button(m.get("promotions.new"));
        add.setId("promotions-new");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.setOnAction(e -> vm.startNew());

        TextField name = new TextField();
        name.setId("promotions-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<PromotionKind> kind = new ComboBox<>();
        kind.setId("promotions-kind");
        kind.getItems().setAll(PromotionKind.values());
        kind.setConverter(Cells.converter(k -> k == null ? "" : m.get("promotions.kind." + k.name())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField value = new TextField();
        value.setId("promotions-value");
        value.setPrefColumnCount(8);
        value.textProperty().bindBidirectional(vm.valueProperty());
        Label unit = new Label();
        unit.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.kindProperty().get() == PromotionKind.AMOUNT
                                ? m.get("promotions.unit.amount")
                                : m.get("promotions.unit.percent"),
                        vm.kindProperty()));
        TextField days = new TextField();
        days.setId("promotions-days");
        days.setPrefColumnCount(6);
        days.textProperty().bindBidirectional(vm.validDaysProperty());
        ComboBox<PromotionTrigger> trigger = new ComboBox<>();
        trigger.setId("promotions-trigger");
        trigger.getItems().setAll(PromotionTrigger.values());
        trigger.setConverter(Cells.converter(t -> t == null ? "" : m.get("promotions.trigger." + t.name())));
        trigger.valueProperty().bindBidirectional(vm.triggerProperty());
        CheckBox active = new CheckBox(m.get("promotions.active"));
        active.setId("promotions-active");
        active.setMnemonicParsing(true);
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        Label nameError = DialogForms.error("promotions-name-error");
        Label kindError = DialogForms.error("promotions-kind-error");
        Label valueError = DialogForms.error("promotions-value-error");
        Label daysError = DialogForms.error("promotions-days-error");
        Label triggerError = DialogForms.error("promotions-trigger-error");
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "name", nameError,
                        "kind", kindError,
                        "value", valueError,
                        "validDays", daysError,
                        "trigger", triggerError));
        for (Label l : new Label[] {nameError, kindError, valueError, daysError, triggerError}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        GridPane form = DialogForms.grid();
        form.add(DialogForms.label(m.get("promotions.name"), name), 0, 0);
        form.add(new VBox(2, name, nameError), 1, 0);
        form.add(DialogForms.label(m.get("promotions.kind"), kind), 0, 1);
        form.add(new VBox(2, kind, kindError), 1, 1);
        form.add(DialogForms.label(m.get("promotions.value"), value), 0, 2);
        HBox valueRow = new HBox(6, value, unit);
        valueRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(new VBox(2, valueRow, valueError), 1, 2);
        form.add(DialogForms.label(m.get("promotions.validDays"), days), 0, 3);
        form.add(new VBox(2, days, daysError), 1, 3);
        form.add(DialogForms.label(m.get("promotions.trigger"), trigger), 0, 4);
        form.add(new VBox(2, trigger, triggerError), 1, 4);
        form.add(active, 1, 5);
        Label editing = new Label();
        editing.setId("promotions-editing");
        editing.getStyleClass().add("title-4");
        editing.setWrapText(true);
        editing.setMinHeight(Region.USE_PREF_SIZE);
        editing.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.selectedProperty().get() == null
                                ? m.get("promotions.newOne")
                                : m.get(
                                        "promotions.editing",
                                        vm.selectedProperty().get().name()),
                        vm.selectedProperty()));
        Button save = new Button(m.get("common.save"));
        save.setId("promotions-save");
        save.getStyleClass().add("accent");
        save.setGraphic(new FontIcon("mdi2c-content-save"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        for (TextField f : new TextField[] {name, value, days}) {
            f.setOnAction(e -> vm.save());
        }
        VBox right = new VBox(10, editing, form, new HBox(8, save));
        HBox.setHgrow(right, Priority.ALWAYS);
        Label message = new Label();
        message.setId("promotions-message");
        message.getStyleClass().add("job-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("promotions-error");
        error.textProperty().bind(vm.errorProperty());
        VBox left = new VBox(8, add, list);
        VBox content = new VBox(10, new HBox(16, left, right), message, error);
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        d.setResizable(true);
        d.setOnShown(x -> name.requestFocus());
        vm.load();
        return d;
    }
}
