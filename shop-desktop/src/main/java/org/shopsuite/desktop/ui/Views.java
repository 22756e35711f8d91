package org.shopsuite.desktop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the user's messages and an already-built controller. */
public final class Views {
    private Views() {}

    public static Parent load(String fxml, Messages messages, Object controller) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(fxml), messages.bundle());
        loader.setControllerFactory(type -> controller);
        try {
            Parent root = loader.load();
            Layouts.apply(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
