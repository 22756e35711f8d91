package org.shopsuite.desktop.ui;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives one app window through its real views, node by node (several windows may be open). */
final class FxDriver {
    private final Stage stage;

    FxDriver(Stage stage) {
        this.stage = stage;
    }

    static FxDriver open(String server) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        java.util.prefs.Preferences prefs =
                java.util.prefs.Preferences.userRoot().node("shop-suite-test/" + System.nanoTime());
        FxToolkit.setupFixture(() -> new App(server, prefs).start(stage));
        return new FxDriver(stage);
    }

    Stage stage() {
        return stage;
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // a test lookup: the caller names the type
    <T extends Node> T node(String selector) {
        Set<Node> found = stage.getScene().getRoot().lookupAll(selector);
        return (T) found.stream()
                .filter(Node::isVisible)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible " + selector));
    }

    boolean has(String selector) {
        return stage.getScene() != null
                && stage.getScene().getRoot().lookupAll(selector).stream().anyMatch(Node::isVisible);
    }

    void type(String selector, String text) throws Exception {
        fx(() -> ((TextInputControl) node(selector)).setText(text));
    }

    void press(String selector) throws Exception {
        fx(() -> ((ButtonBase) node(selector)).fire());
    }

    /** Presses Enter in a text field (what a barcode scanner does after typing the code). */
    void enter(String selector) throws Exception {
        fx(() -> node(selector).fireEvent(new javafx.event.ActionEvent()));
    }

    String text(String selector) {
        return ((Labeled) node(selector)).getText();
    }

    void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T> T fx(Callable<T> c) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    /** Waits for {@code condition}; long enough for a screen built while the other test process renders too. */
    void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    void login(String user, String password) throws Exception {
        await(() -> has("#login-submit"));
        type("#username", user);
        type("#password", password);
        press("#login-submit");
        await(() -> has("#tabs"));
    }

    void selectTab(String id) throws Exception {
        fx(() -> {
            javafx.scene.control.TabPane tabs = node("#tabs");
            tabs.getTabs().stream()
                    .filter(t -> id.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    void close() throws Exception {
        fx(stage::close);
    }
}
