package org.shopsuite.desktop.ui.customers;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.PaymentMethods;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsPurchase;

/** The customer card's points dialog: selling points with their payment. */
public final class PointsDialogs {
    private PointsDialogs() {}

    public static Dialog<Void> sell(Window owner, SellPointsViewModel vm, Messages m, Consumer<PointsPurchase> done) {
        GridPane grid = DialogForms.grid();
        TextField points = new TextField();
        points.setId("points-sell-points");
        points.setPrefColumnCount(10);
        points.textProperty().bindBidirectional(vm.pointsProperty());
        TextField amount = new TextField();
        amount.setId("points-sell-amount");
        amount.setPrefColumnCount(10);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId("points-sell-method");
        method.getItems().setAll(PaymentMethods.MONEY);
        method.setConverter(Cells.converter(p -> p == null ? "" : m.get("payment." + p.name())));
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Label pointsError = DialogForms.error("points-sell-points-error");
        Label amountError = DialogForms.error("points-sell-amount-error");
        Label methodError = DialogForms.error("points-sell-method-error");
        ErrorLabels.bind(vm.fieldErrors(), Map.of("points", pointsError, "amount", amountError, "method", methodError));
        for (Label l : new Label[] {pointsError, amountError, methodError}) {
            // an error line takes room only when it has something to say
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        Label rate = new Label(vm.rateText());
        rate.getStyleClass().add("text-muted");
        grid.add(DialogForms.label(m.get("points.sell.points"), points), 0, 0);
        grid.add(points, 1, 0);
        grid.add(pointsError, 1, 1);
        grid.add(DialogForms.label(m.get("points.sell.amount"), amount), 0, 2);
        grid.add(amount, 1, 2);
        grid.add(amountError, 1, 3);
        grid.add(rate, 1, 4);
        grid.add(DialogForms.label(m.get("points.sell.method"), method), 0, 5);
        grid.add(method, 1, 5);
        grid.add(methodError, 1, 6);
        Label error = DialogForms.error("points-sell-error");
        error.textProperty().bind(vm.errorProperty());
        grid.add(error, 0, 7, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "points-sell-dialog",
                m.get("points.sell.title"),
                vm.title(),
                grid,
                m.get("points.sell.submit"),
                vm.busyProperty(),
                close -> vm.submit(close, done),
                m);
        d.setOnShown(e -> points.requestFocus());
        return d;
    }
}
