package org.shopsuite.desktop.ui;

import javafx.scene.Node;
import javafx.stage.Window;

/** Where dialogs are: the window a node is shown in. */
final class WindowsAt {
    private WindowsAt() {}

    static Window windowOf(Node n) {
        if (n == null || n.getScene() == null) {
            throw new AssertionError("not shown");
        }
        return n.getScene().getWindow();
    }
}
