package org.shopsuite.desktop.ui.jobs;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Job;

/**
 * How many of an issued part go back to stock: a spinner set to all still out, "of N issued"
 * beside it. Enter asks for confirmation (naming the part and the quantity), Escape cancels. The
 * dialog stays open while the server refuses, with its reason.
 */
final class ReturnPartDialog {
    private ReturnPartDialog() {}

    static void show(Window owner, ReturnPartViewModel vm, Messages m, Consumer<Job> done) {
        Dialog<Job> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("return.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("return-dialog");
        pane.setHeaderText(vm.header());
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);

        Spinner<Integer> quantity = new Spinner<>();
        quantity.setId("return-quantity");
        quantity.setEditable(true);
        quantity.setPrefWidth(110);
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, vm.outstanding(), vm.outstanding());
        quantity.setValueFactory(values);
        values.valueProperty().bindBidirectional(vm.quantityProperty());
        Label label = new Label(m.get("return.quantity"));
        label.setMnemonicParsing(true);
        label.setLabelFor(quantity);
        Label of = new Label(vm.ofIssued());
        of.setId("return-of");
        HBox row = new HBox(10, label, quantity, of);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("return-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        pane.setContent(new VBox(8, row, error));

        ButtonType go = new ButtonType(m.get("return.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("return.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, cancel);
        pane.lookupButton(cancel).setId("return-dialog-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId("return-submit");
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!commit(quantity, vm, m) || !vm.validate()) {
                return;
            }
            org.shopsuite.desktop.ui.Confirm.ask(
                            pane.getScene().getWindow(),
                            "return-confirm",
                            m.get("return.title"),
                            vm.confirmText(),
                            m.get("return.submit"),
                            m.get("return.keep"),
                            false,
                            () -> vm.submit(job -> {
                                dialog.setResult(job);
                                done.accept(job);
                            }))
                    .showAndWait();
        });
        // Enter in the spinner's field goes to the dialog's action, not only to the spinner
        quantity.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setOnShown(e -> {
            quantity.requestFocus();
            quantity.getEditor().selectAll();
        });
        dialog.show();
    }

    /** Takes what was typed into the spinner (Enter may come before the spinner commits it). */
    private static boolean commit(Spinner<Integer> quantity, ReturnPartViewModel vm, Messages m) {
        String typed = quantity.getEditor().getText().strip();
        try {
            int q = Integer.parseInt(typed);
            if (q >= 1 && q <= vm.outstanding()) {
                // the spinner would clamp a number out of range: say so instead
                vm.quantityProperty().set(q);
                return true;
            }
        } catch (NumberFormatException ex) {
            // not a whole number: said below
        }
        vm.errorProperty().set(m.get("return.quantity.range", vm.outstanding()));
        return false;
    }
}
