package org.shopsuite.desktop.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A yes-or-no question, centred on the app window (its owner), whose buttons say what they do
 * ("Cancel receipt" / "Keep receipt", never "OK" / "Cancel"). Escape answers no. Enter answers yes
 * only when the action is not destructive: for a destructive one the safe button has the focus and
 * Enter does not run the action.
 */
public final class Confirm {
    private Confirm() {}

    /**
     * The question with its buttons' ids {@code id + "-yes"} and {@code id + "-no"}; {@code yes} runs
     * when the action's button is pressed. Not shown yet: call {@code show()}.
     */
    public static Alert ask(
            Window owner,
            String id,
            String title,
            String text,
            String yesText,
            String noText,
            boolean destructive,
            Runnable yes) {
        ButtonType go =
                new ButtonType(yesText, destructive ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, keep);
        alert.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        goButton.setId(id + "-yes");
        keepButton.setId(id + "-no");
        if (destructive) {
            goButton.getStyleClass().add("danger");
            alert.setOnShown(e -> keepButton.requestFocus());
        }
        alert.resultProperty().addListener((o, a, b) -> {
            if (b == go) {
                yes.run();
            }
        });
        return alert;
    }

    /** A message (no question) centred on the app window, with a button that says it closes it. */
    public static Alert tell(Window owner, String id, Alert.AlertType type, String title, String text, Messages m) {
        Alert alert = new Alert(type, text, new ButtonType(m.get("common.close"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        return alert;
    }
}
