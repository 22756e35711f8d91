package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.testfx.api.FxToolkit;

/** Issue 15, defect 10: the window's size, position, maximised state and dividers survive a restart. */
@Tag("gui")
class WindowMemoryTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-window-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        prefs.removeNode();
    }

    private FxDriver open() throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> new App(server.url(), prefs).start(stage));
        FxDriver d = new FxDriver(stage);
        d.await(() -> d.has("#login-submit"));
        return d;
    }

    @Test
    void theWindowAndItsDividersComeBackAsTheyWereLeft() throws Exception {
        FxDriver first = open();
        assertThat(first.fx(() -> first.stage().getWidth())).as("first start").isEqualTo(1280);
        assertThat(first.fx(() -> first.stage().getHeight())).isEqualTo(800);
        first.fx(() -> {
            first.stage().setX(140);
            first.stage().setY(70);
            first.stage().setWidth(1500);
            first.stage().setHeight(900);
        });
        first.login("counter", ServerFixture.PASSWORD);
        first.selectTab("tab-receipts");
        first.fx(() -> receiptsSplit(first).setDividerPositions(0.62));
        Thread.sleep(600); // saved once the window is still
        first.close();

        FxDriver second = open();
        assertThat(second.fx(() -> second.stage().getX())).isEqualTo(140);
        assertThat(second.fx(() -> second.stage().getY())).isEqualTo(70);
        assertThat(second.fx(() -> second.stage().getWidth())).isEqualTo(1500);
        assertThat(second.fx(() -> second.stage().getHeight())).isEqualTo(900);
        second.login("counter", ServerFixture.PASSWORD);
        second.selectTab("tab-receipts");
        assertThat(second.fx(() -> receiptsSplit(second).getDividerPositions()[0]))
                .isCloseTo(0.62, within(0.01));
        second.fx(() -> second.stage().setMaximized(true));
        Thread.sleep(600);
        second.close();

        FxDriver third = open();
        assertThat(third.fx(() -> third.stage().isMaximized())).isTrue();
        Thread.sleep(600);
        assertThat(org.shopsuite.desktop.ui.main.WindowPlacement.load(prefs)
                        .bounds()
                        .width())
                .as("the normal size under the maximised one")
                .isEqualTo(1500);
        third.close();
    }

    @Test
    void aWindowLeftOffScreenComesBackOnIt() throws Exception {
        prefs.putDouble("window.x", 5000);
        prefs.putDouble("window.y", 3000);
        prefs.putDouble("window.width", 4000);
        prefs.putDouble("window.height", 3000);
        FxDriver d = open();
        javafx.geometry.Rectangle2D screen =
                d.fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        assertThat(d.fx(() -> d.stage().getWidth())).isLessThanOrEqualTo(screen.getWidth());
        assertThat(d.fx(() -> d.stage().getHeight())).isLessThanOrEqualTo(screen.getHeight());
        assertThat(d.fx(() -> d.stage().getX())).isBetween(screen.getMinX(), screen.getMaxX());
        assertThat(d.fx(() -> d.stage().getY())).isBetween(screen.getMinY(), screen.getMaxY());
        d.close();
    }

    private static SplitPane receiptsSplit(FxDriver d) {
        return (SplitPane) d.<javafx.scene.control.TabPane>node("#tabs")
                .getSelectionModel()
                .getSelectedItem()
                .getContent();
    }
}
