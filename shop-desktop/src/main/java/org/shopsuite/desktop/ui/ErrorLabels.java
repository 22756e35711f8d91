package org.shopsuite.desktop.ui;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;

/** Shows each field's error in the label under it. */
public final class ErrorLabels {
    private ErrorLabels() {}

    public static void bind(ObservableMap<String, String> errors, Map<String, Label> labels) {
        errors.addListener((MapChangeListener<String, String>) c -> {
            Label label = labels.get(c.getKey());
            if (label != null) {
                label.setText(c.wasAdded() ? c.getValueAdded() : "");
            }
        });
    }
}
