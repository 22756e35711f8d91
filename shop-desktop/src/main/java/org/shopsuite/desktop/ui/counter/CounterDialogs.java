package org.shopsuite.desktop.ui.counter;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.CounterSale;

/** The counter's reason dialog: cancel a paid sale or take back one handed over. */
final class CounterDialogs {
    private CounterDialogs() {}

    /**
     * "Cancel sale" / "Return sale": names the sale and its total, needs a reason ("Required" shows
     * and the dialog stays open without one). Its buttons say what they do; Enter does not run it.
     */
    static Dialog<CounterSale> cancelSaleDialog(
            Window owner, CancelSaleViewModel vm, Messages m, Consumer<CounterSale> done) {
        Dialog<CounterSale> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(vm.title());
        DialogPane pane = dialog.getDialogPane();
        pane.setId("cancel-sale-dialog");
        pane.setHeaderText(vm.header());
        pane.setPrefWidth(600);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);

        TextField reason = new TextField();
        reason.setId("cancel-sale-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("cancel-sale-reason-error");
        Label general = error("cancel-sale-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("reason", reasonError));
        GridPane grid = grid();
        grid.add(label(m.get("counter.cancel.reason"), reason), 0, 0);
        grid.add(reason, 1, 0);
        grid.add(reasonError, 1, 1);
        grid.add(general, 0, 2, 2, 1);
        pane.setContent(grid);

        ButtonType go = new ButtonType(vm.yesText(), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(m.get("counter.cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, keep);
        pane.lookupButton(keep).setId("cancel-sale-dialog-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId("cancel-sale-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(s -> {
                dialog.setResult(s);
                done.accept(s);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }
}
