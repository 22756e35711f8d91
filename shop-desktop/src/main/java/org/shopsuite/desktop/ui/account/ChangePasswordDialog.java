package org.shopsuite.desktop.ui.account;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.User;

/**
 * The "change password" dialog: stays open while the server refuses (its messages next to the
 * fields), closes once the password is changed. Enter sends, Escape cancels.
 */
public final class ChangePasswordDialog {
    private ChangePasswordDialog() {}

    public static Dialog<User> create(Window owner, ChangePasswordViewModel vm, Messages m, Consumer<User> done) {
        Dialog<User> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("password.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("password-dialog");
        pane.setHeaderText(m.get("password.header"));
        pane.setPrefWidth(520);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);

        PasswordField current = field("password-current", vm.currentProperty().get());
        current.textProperty().bindBidirectional(vm.currentProperty());
        PasswordField next = field("password-new", vm.newProperty().get());
        next.textProperty().bindBidirectional(vm.newProperty());
        PasswordField repeat = field("password-repeat", vm.repeatProperty().get());
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label currentError = error("password-current-error");
        Label newError = error("password-new-error");
        Label repeatError = error("password-repeat-error");
        Label general = error("password-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        ChangePasswordViewModel.CURRENT, currentError,
                        ChangePasswordViewModel.NEW, newError,
                        ChangePasswordViewModel.REPEAT, repeatError));

        GridPane grid = grid();
        grid.add(label(m.get("password.current"), current), 0, 0);
        grid.add(current, 1, 0);
        grid.add(currentError, 1, 1);
        grid.add(label(m.get("password.new"), next), 0, 2);
        grid.add(next, 1, 2);
        grid.add(newError, 1, 3);
        grid.add(label(m.get("password.repeat"), repeat), 0, 4);
        grid.add(repeat, 1, 4);
        grid.add(repeatError, 1, 5);
        grid.add(general, 0, 6, 2, 1);
        pane.setContent(grid);

        ButtonType go = new ButtonType(m.get("password.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, cancel);
        pane.lookupButton(cancel).setId("password-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId("password-submit");
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(user -> {
                dialog.setResult(user);
                done.accept(user);
            });
        });
        dialog.setOnShown(e -> current.requestFocus());
        return dialog;
    }

    private static PasswordField field(String id, String text) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        f.setText(text);
        return f;
    }
}
