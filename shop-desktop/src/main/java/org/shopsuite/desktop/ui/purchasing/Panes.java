package org.shopsuite.desktop.ui.purchasing;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.shopsuite.desktop.ui.Cells;

/** The small pieces the purchasing tabs are built from. */
final class Panes {
    private Panes() {}

    static <T> TableColumn<T, String> column(TableView<T> table, String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        Cells.text(c, f);
        c.setSortable(false);
        table.getColumns().add(c);
        return c;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button usable only while {@code when} holds. */
    static Button button(String id, String text, ObservableValue<Boolean> when, Runnable action) {
        Button b = button(id, text, action);
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !when.getValue(), when));
        return b;
    }

    static FlowPane bar(Node... nodes) {
        FlowPane p = new FlowPane(8, 6, nodes);
        p.setPadding(new Insets(0, 0, 8, 0));
        p.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return p;
    }

    static <T> ComboBox<Choice<T>> filter(String id, java.util.List<Choice<T>> choices) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.getSelectionModel().select(0);
        return box;
    }

    static Label message(String id, ObservableValue<String> text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
