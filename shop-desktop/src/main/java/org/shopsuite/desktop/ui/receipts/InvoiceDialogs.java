package org.shopsuite.desktop.ui.receipts;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receipt;

/**
 * The manager's invoice dialogs. Both stay open while the server refuses (its field errors show
 * next to the fields, in the user's language) and close once the server has done it. Enter sends,
 * Escape cancels; labels have mnemonics (Alt+R for the reason).
 */
final class InvoiceDialogs {
    private InvoiceDialogs() {}

    /** Void: a reason and, when money was paid, the refund method, with the amount refunded. */
    static Dialog<Invoice> voidDialog(Window owner, VoidInvoiceViewModel vm, Messages m, Consumer<Invoice> done) {
        Dialog<Invoice> dialog = dialog(owner, "void-dialog", m.get("void.title"), vm.header());

        TextField reason = new TextField();
        reason.setId("void-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("void-reason-error");

        Label refund = new Label();
        refund.setId("void-refund-text");
        refund.setWrapText(true);
        refund.setStyle("-fx-font-weight: bold;");
        refund.textProperty().bind(vm.refundTextProperty());

        ToggleGroup methods = new ToggleGroup();
        HBox choices = new HBox(14);
        for (PaymentMethod p : org.shopsuite.desktop.ui.PaymentMethods.MONEY) {
            RadioButton r = new RadioButton(m.get("payment." + p.name()));
            r.setId("void-refund-" + p.name());
            r.setUserData(p);
            r.setToggleGroup(methods);
            r.setSelected(p == vm.refundMethodProperty().get());
            choices.getChildren().add(r);
        }
        methods.selectedToggleProperty()
                .addListener(
                        (o, a, b) -> vm.refundMethodProperty().set(b == null ? null : (PaymentMethod) b.getUserData()));
        vm.refundMethodProperty()
                .addListener((o, a, b) -> methods.getToggles().stream()
                        .filter(t -> t.getUserData() == b)
                        .findFirst()
                        .ifPresentOrElse(t -> t.setSelected(true), () -> methods.selectToggle(null)));
        Label method = label(m.get("void.refundMethod"), choices.getChildren().get(0));
        methods.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                method.setLabelFor((Node) b);
            }
        });
        Label methodError = error("void-refundMethod-error");
        for (Node n : new Node[] {method, choices, methodError}) {
            n.visibleProperty().bind(vm.refundNeededProperty());
            n.managedProperty().bind(vm.refundNeededProperty());
        }

        Label general = error("void-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("reason", reasonError, "refundMethod", methodError));

        GridPane grid = grid();
        grid.add(label(m.get("void.reason"), reason), 0, 0);
        grid.add(reason, 1, 0);
        grid.add(reasonError, 1, 1);
        grid.add(refund, 0, 2, 2, 1);
        grid.add(method, 0, 3);
        grid.add(choices, 1, 3);
        grid.add(methodError, 1, 4);
        grid.add(general, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("void.submit"), m.get("void.keep"), true);
        ok.setId("void-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(voided -> {
                dialog.setResult(voided);
                done.accept(voided);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    /** Reissue: asks why, then issues a new invoice for the receipt's finished work. */
    static Dialog<Receipt> reissueDialog(Window owner, ReissueInvoiceViewModel vm, Messages m, Consumer<Receipt> done) {
        Dialog<Receipt> dialog = dialog(owner, "reissue-dialog", m.get("reissue.title"), vm.header());
        TextField reason = new TextField();
        reason.setId("reissue-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("reissue-reason-error");
        Label general = error("reissue-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("reason", reasonError));

        GridPane grid = grid();
        grid.add(label(m.get("reissue.reason"), reason), 0, 0);
        grid.add(reason, 1, 0);
        grid.add(reasonError, 1, 1);
        grid.add(general, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("reissue.submit"), m.get("common.close"), false);
        ok.setId("reissue-submit");
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(receipt -> {
                dialog.setResult(receipt);
                done.accept(receipt);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    /**
     * "Record payment": names the invoice, customer, amount and method before any money moves. Enter
     * records it on the invoice named here, Escape cancels (nothing is sent).
     */
    static Dialog<Boolean> payDialog(
            Window owner,
            ReceiptsViewModel.PaymentConfirmation c,
            Messages m,
            Consumer<ReceiptsViewModel.PaymentConfirmation> confirmed) {
        Dialog<Boolean> dialog = dialog(owner, "pay-confirm-dialog", m.get("receipts.pay.title"), null);
        Label text = new Label(c.text());
        text.setId("pay-confirm-text");
        text.setWrapText(true);
        text.setPadding(new javafx.geometry.Insets(12, 14, 4, 14));
        dialog.getDialogPane().setContent(text);
        Button ok = buttons(dialog, m.get("receipts.pay.submit"), m.get("receipts.pay.keep"), false);
        ok.setId("pay-confirm-submit");
        ok.getStyleClass().add("accent");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialog.setResult(Boolean.TRUE);
            confirmed.accept(c);
        });
        dialog.setOnShown(e -> ok.requestFocus());
        return dialog;
    }

    /** "Void payment…": names the payment, its invoice and customer; a reason is required. */
    static Dialog<Invoice> voidPaymentDialog(
            Window owner, VoidPaymentViewModel vm, Messages m, Consumer<Invoice> done) {
        Dialog<Invoice> dialog = dialog(owner, "void-payment-dialog", m.get("paymentVoid.title"), vm.header());
        TextField reason = new TextField();
        reason.setId("void-payment-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("void-payment-reason-error");
        Label general = error("void-payment-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("reason", reasonError));

        GridPane grid = grid();
        grid.add(label(m.get("paymentVoid.reason"), reason), 0, 0);
        grid.add(reason, 1, 0);
        grid.add(reasonError, 1, 1);
        grid.add(general, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("paymentVoid.submit"), m.get("paymentVoid.keep"), true);
        ok.setId("void-payment-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(inv -> {
                dialog.setResult(inv);
                done.accept(inv);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    /** "Refund…": amount (at most what is paid), method and reason, naming the invoice and customer. */
    static Dialog<Invoice> refundDialog(Window owner, RefundViewModel vm, Messages m, Consumer<Invoice> done) {
        Dialog<Invoice> dialog = dialog(owner, "refund-dialog", m.get("refund.title"), vm.header());
        TextField amount = new TextField();
        amount.setId("refund-amount");
        amount.setPrefColumnCount(12);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        Label amountError = error("refund-amount-error");

        ToggleGroup methods = new ToggleGroup();
        HBox choices = new HBox(14);
        for (PaymentMethod p : org.shopsuite.desktop.ui.PaymentMethods.MONEY) {
            RadioButton r = new RadioButton(m.get("payment." + p.name()));
            r.setId("refund-method-" + p.name());
            r.setUserData(p);
            r.setToggleGroup(methods);
            choices.getChildren().add(r);
        }
        methods.selectedToggleProperty()
                .addListener((o, a, b) -> vm.methodProperty().set(b == null ? null : (PaymentMethod) b.getUserData()));
        Label methodError = error("refund-method-error");

        TextField reason = new TextField();
        reason.setId("refund-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("refund-reason-error");
        Label general = error("refund-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                java.util.Map.of("amount", amountError, "method", methodError, "reason", reasonError));

        GridPane grid = grid();
        grid.add(label(m.get("refund.amount"), amount), 0, 0);
        grid.add(amount, 1, 0);
        grid.add(amountError, 1, 1);
        grid.add(label(m.get("refund.method"), choices.getChildren().get(0)), 0, 2);
        grid.add(choices, 1, 2);
        grid.add(methodError, 1, 3);
        grid.add(label(m.get("refund.reason"), reason), 0, 4);
        grid.add(reason, 1, 4);
        grid.add(reasonError, 1, 5);
        grid.add(general, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("refund.submit"), m.get("refund.keep"), true);
        ok.setId("refund-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(inv -> {
                dialog.setResult(inv);
                done.accept(inv);
            });
        });
        dialog.setOnShown(e -> amount.requestFocus());
        return dialog;
    }

    /**
     * "Cancel receipt": names the receipt, needs a reason ("Required" shows and the dialog stays open
     * without one). Its buttons say what they do; Enter does not cancel the receipt.
     */
    static Dialog<Receipt> cancelReceiptDialog(
            Window owner, CancelReceiptViewModel vm, Messages m, Consumer<Receipt> done) {
        Dialog<Receipt> dialog = dialog(owner, "cancel-receipt-dialog", m.get("receipts.cancel.title"), vm.header());
        TextField reason = new TextField();
        reason.setId("cancel-receipt-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("cancel-receipt-reason-error");
        Label general = error("cancel-receipt-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("reason", reasonError));

        GridPane grid = grid();
        grid.add(label(m.get("receipts.cancel.reason"), reason), 0, 0);
        grid.add(reason, 1, 0);
        grid.add(reasonError, 1, 1);
        grid.add(general, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("receipts.cancel.yes"), m.get("receipts.cancel.keep"), true);
        ok.setId("cancel-receipt-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(r -> {
                dialog.setResult(r);
                done.accept(r);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    /**
     * "Redeem coupon…": a code typed or scanned, or one of the customer's issued coupons picked from
     * the list (a pick fills the code); Enter redeems, in the field or on the list.
     */
    static Dialog<Invoice> redeemDialog(Window owner, RedeemCouponViewModel vm, Messages m, Consumer<Invoice> done) {
        Dialog<Invoice> dialog = dialog(owner, "redeem-dialog", m.get("coupon.redeem.title"), vm.header());
        dialog.getDialogPane().setPrefWidth(680);
        TextField code = new TextField();
        code.setId("redeem-code");
        code.setPrefColumnCount(20);
        code.textProperty().bindBidirectional(vm.codeProperty());
        Label codeError = error("redeem-code-error");
        javafx.scene.control.ListView<org.shopsuite.model.Coupon> list =
                new javafx.scene.control.ListView<>(vm.coupons());
        list.setId("redeem-coupons");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(m.get("coupon.redeem.noCoupons")));
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.shopsuite.model.Coupon c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.text(c));
            }
        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.pickedProperty().set(b));
        Label general = error("redeem-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("code", codeError));

        GridPane grid = grid();
        grid.add(label(m.get("coupon.redeem.code"), code), 0, 0);
        grid.add(code, 1, 0);
        grid.add(codeError, 1, 1);
        Label listLabel = label(m.get("coupon.redeem.list"), list);
        GridPane.setValignment(listLabel, javafx.geometry.VPos.TOP);
        grid.add(listLabel, 0, 2);
        grid.add(list, 1, 2);
        grid.add(general, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button ok = buttons(dialog, m.get("coupon.redeem.submit"), m.get("common.cancel"), false);
        ok.setId("redeem-submit");
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(inv -> {
                dialog.setResult(inv);
                done.accept(inv);
            });
        });
        list.setOnKeyPressed(k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ENTER
                    && list.getSelectionModel().getSelectedItem() != null) {
                k.consume();
                ok.fire();
            }
        });
        list.setOnMouseClicked(k -> {
            if (k.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ok.fire();
            }
        });
        dialog.setOnShown(e -> code.requestFocus());
        vm.load();
        return dialog;
    }

    private static <R> Dialog<R> dialog(Window owner, String id, String title, String header) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setHeaderText(header);
        pane.setPrefWidth(600);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);
        return dialog;
    }

    /**
     * The action and the way out (Escape), each named for what it does. Enter runs the action, unless
     * it is destructive (voiding, refunding): then only a click or its mnemonic does. Answers the
     * action's button.
     */
    private static Button buttons(Dialog<?> dialog, String action, String dismiss, boolean destructive) {
        ButtonType go = new ButtonType(action, destructive ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(dismiss, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(go, cancel);
        dialog.getDialogPane().lookupButton(cancel).setId(dialog.getDialogPane().getId() + "-cancel");
        return (Button) dialog.getDialogPane().lookupButton(go);
    }
}
