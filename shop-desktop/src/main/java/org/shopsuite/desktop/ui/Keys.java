package org.shopsuite.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard rules shared by every form: a multi-line field does not trap the keyboard (Tab and
 * Shift+Tab move to the next and previous field, Ctrl+Tab types a tab) and Ctrl+Enter submits the
 * form from anywhere in it.
 */
public final class Keys {
    private Keys() {}

    /** Tab and Shift+Tab leave {@code area} as they leave a one-line field; Ctrl+Tab types a tab. */
    public static void tabLeaves(TextArea area) {
        boolean[] passingOn = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (passingOn[0] || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.isControlDown() && !e.isShiftDown()) {
                e.consume();
                area.replaceSelection("\t");
            } else if (!e.isControlDown()) {
                e.consume();
                // The text area's own binding for Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back).
                passingOn[0] = true;
                try {
                    area.fireEvent(new KeyEvent(
                            e.getSource(),
                            e.getTarget(),
                            KeyEvent.KEY_PRESSED,
                            e.getCharacter(),
                            e.getText(),
                            KeyCode.TAB,
                            e.isShiftDown(),
                            true,
                            false,
                            false));
                } finally {
                    passingOn[0] = false;
                }
            }
        });
    }

    /** Ctrl+Enter anywhere inside {@code form} (a multi-line field included) runs {@code submit}. */
    public static void ctrlEnterSubmits(Node form, Runnable submit) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                submit.run();
            }
        });
    }
}
