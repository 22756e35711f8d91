package org.shopsuite.desktop.ui;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The parts every form dialog is made of: a label-and-field grid, mnemonic labels, field errors. */
public final class DialogForms {
    private DialogForms() {}

    /** Two columns: labels as wide as they need, fields taking the rest. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** A label with a mnemonic (its text marks the letter with _) that focuses {@code target}. */
    public static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    /** The line under a field that shows its error (empty when there is none). */
    public static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        return l;
    }

    /**
     * A dialog around a form: its submit button (Enter) hands {@code submit} a closer to call once the
     * server has taken the form, so a refused form stays open with its errors; Escape cancels. The
     * buttons' ids are {@code id + "-submit"} and {@code id + "-cancel"}.
     */
    public static Dialog<Void> dialog(
            Window owner,
            String id,
            String title,
            String header,
            Node content,
            String submitText,
            ObservableBooleanValue busy,
            Consumer<Runnable> submit,
            Messages m) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setHeaderText(header);
        pane.setPrefWidth(560);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        pane.setContent(content);
        dialog.setResultConverter(b -> null);
        ButtonType go = new ButtonType(submitText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, cancel);
        pane.lookupButton(cancel).setId(id + "-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId(id + "-submit");
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        Keys.ctrlEnterSubmits(pane, ok::fire); // also from a multi-line field, where Enter is a new line
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit.accept(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        return dialog;
    }
}
