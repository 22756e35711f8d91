package org.shopsuite.desktop.ui.estimates;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.VehiclePart;

/**
 * The mechanic's "Recommend work" dialog: what was found, the hours, the parts (searched by number
 * or name, Enter adds the chosen one); Delete takes a part off again.
 */
public final class RecommendDialog {
    private RecommendDialog() {}

    public static Dialog<Void> open(Window owner, RecommendViewModel vm, Messages m, Consumer<Estimate> done) {
        TextField description = new TextField();
        description.setId("recommend-description");
        description.setPrefColumnCount(36);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Label descriptionError = error("recommend-description-error");
        TextField hours = new TextField();
        hours.setId("recommend-hours");
        hours.setPrefColumnCount(6);
        hours.textProperty().bindBidirectional(vm.hoursProperty());
        Label hoursError = error("recommend-hours-error");

        TextField query = new TextField();
        query.setId("recommend-part-query");
        query.setPromptText(m.get("jobs.parts.prompt"));
        query.textProperty().bindBidirectional(vm.partQueryProperty());
        query.setOnAction(e -> {
            e.consume(); // Enter searches here; it does not send the dialog
            vm.searchParts();
        });
        HBox.setHgrow(query, Priority.ALWAYS);
        TextField quantity = new TextField();
        quantity.setId("recommend-part-quantity");
        quantity.setPrefColumnCount(4);
        quantity.textProperty().bindBidirectional(vm.partQuantityProperty());
        ListView<VehiclePart> matches = new ListView<>(vm.partMatches());
        matches.setId("recommend-part-matches");
        matches.setPrefHeight(100);
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VehiclePart p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.partId() + "  " + p.partName());
            }
        });
        Button add = new Button(m.get("recommend.addPart"));
        add.setId("recommend-add-part");
        add.disableProperty()
                .bind(matches.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.addPart(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                add.fire();
                k.consume();
            }
        });
        quantity.setOnAction(e -> {
            e.consume();
            add.fire();
        });
        Label partsError = error("recommend-parts-error");
        Label quantityError = error("recommend-part-quantity-error");

        ListView<RecommendViewModel.PartLine> chosen = new ListView<>(vm.parts());
        chosen.setId("recommend-parts");
        chosen.setPrefHeight(90);
        chosen.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecommendViewModel.PartLine p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? null
                                : p.quantity() + " x  " + p.part().partId() + "  "
                                        + p.part().partName());
            }
        });
        chosen.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE) {
                vm.removePart(chosen.getSelectionModel().getSelectedIndex());
            }
        });
        ErrorLabels.bind(
                vm.fieldErrors(),
                java.util.Map.of(
                        "description", descriptionError,
                        "hours", hoursError,
                        "parts", partsError,
                        "quantity", quantityError));
        Label general = error("recommend-error");
        general.textProperty().bind(vm.errorProperty());

        HBox search = new HBox(8, query, label(m.get("recommend.quantity"), quantity), quantity, add);
        search.setAlignment(Pos.CENTER_LEFT);
        GridPane g = grid();
        g.add(label(m.get("recommend.description"), description), 0, 0);
        g.add(description, 1, 0);
        g.add(descriptionError, 1, 1);
        g.add(label(m.get("recommend.hours"), hours), 0, 2);
        g.add(hours, 1, 2);
        g.add(hoursError, 1, 3);
        g.add(label(m.get("recommend.parts"), query), 0, 4);
        g.add(search, 1, 4);
        g.add(matches, 1, 5);
        g.add(partsError, 1, 6);
        g.add(quantityError, 1, 7);
        g.add(label(m.get("recommend.chosen"), chosen), 0, 8);
        g.add(chosen, 1, 8);
        g.add(general, 0, 9, 2, 1);
        Dialog<Void> dialog = DialogForms.dialog(
                owner,
                "recommend",
                m.get("recommend.title"),
                vm.header(),
                g,
                m.get("recommend.submit"),
                vm.busyProperty(),
                close -> vm.submit(e -> {
                    close.run();
                    done.accept(e);
                }),
                m);
        dialog.getDialogPane().setPrefWidth(700);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> description.requestFocus());
        return dialog;
    }
}
