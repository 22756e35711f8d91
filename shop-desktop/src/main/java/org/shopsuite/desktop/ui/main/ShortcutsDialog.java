package org.shopsuite.desktop.ui.main;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Messages;

/** Help > Keyboard shortcuts: every shortcut on its own row, key and what it does, centred on the window. */
final class ShortcutsDialog {
    /** The keys (as printed on the keyboard) and the bundle key saying what they do. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N", "shortcut.newReceipt"},
            new String[] {"Ctrl+B", "shortcut.board"},
            new String[] {"Ctrl+F", "shortcut.search"},
            new String[] {"F5", "shortcut.refresh"},
            new String[] {"Tab / Shift+Tab", "shortcut.tab"},
            new String[] {"Ctrl+Tab", "shortcut.ctrlTab"},
            new String[] {"Enter", "shortcut.enter"},
            new String[] {"Ctrl+Enter", "shortcut.ctrlEnter"},
            new String[] {"Ctrl+Enter", "shortcut.counterPay"},
            new String[] {"Esc", "shortcut.escape"},
            new String[] {"Alt+…", "shortcut.mnemonic"},
            new String[] {"Enter", "shortcut.scan"},
            new String[] {"Ctrl+N", "shortcut.scheduleNew"},
            new String[] {"Alt+← / →", "shortcut.scheduleDays"},
            new String[] {"← → ↑ ↓", "shortcut.scheduleGrid"});

    private ShortcutsDialog() {}

    static Dialog<Void> create(Window owner, Messages m) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("main.menu.shortcuts"));
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setHeaderText(m.get("main.menu.shortcuts"));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label keys = new Label(SHORTCUTS.get(i)[0]);
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(m.get(SHORTCUTS.get(i)[1]));
            what.setId("shortcut-" + i);
            what.setWrapText(true);
            what.setMaxWidth(460);
            grid.addRow(i, keys, what);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("shortcuts-close");
        return dialog;
    }
}
