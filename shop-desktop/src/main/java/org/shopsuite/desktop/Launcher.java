package org.shopsuite.desktop;

import javafx.application.Application;
import org.shopsuite.desktop.ui.App;

/** Entry point (does not extend Application, so the app runs from the classpath). */
public final class Launcher {
    private Launcher() {}

    /** {@code --server=http://host:8088} prefills the server address. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
