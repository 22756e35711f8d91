package org.shopsuite.desktop.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/** A screen's split pane dividers are where the user left them, across restarts. */
final class Dividers {
    private Dividers() {}

    static void remember(Node screen, Preferences prefs, String screenId) {
        List<SplitPane> panes = new ArrayList<>();
        collect(screen, panes);
        for (int p = 0; p < panes.size(); p++) {
            SplitPane pane = panes.get(p);
            for (int d = 0; d < pane.getDividers().size(); d++) {
                SplitPane.Divider divider = pane.getDividers().get(d);
                String key = "divider." + screenId + "." + p + "." + d;
                double saved = prefs.getDouble(key, -1);
                if (saved > 0 && saved < 1) {
                    divider.setPosition(saved);
                }
                divider.positionProperty().addListener((o, a, b) -> prefs.putDouble(key, b.doubleValue()));
            }
        }
    }

    private static void collect(Node n, List<SplitPane> out) {
        if (n instanceof SplitPane s) {
            out.add(s);
            s.getItems().forEach(i -> collect(i, out));
            return;
        }
        if (n instanceof ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), out);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
