package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When the server ends a session (here: the manager deactivates the user), the main screen shown
 * says so and opens the sign-in; a main screen no longer shown (another took its window) only
 * closes its stream and leaves the window alone.
 */
@Tag("gui")
class SessionEndTest {
    @TempDir
    Path dir;

    ServerFixture server;
    ShopClient boss;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        boss = new ShopClient(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    private void setCounterActive(boolean active) {
        User counter = boss.users().stream()
                .filter(u -> u.username().equals("counter"))
                .findFirst()
                .orElseThrow();
        boss.updateUser(
                counter.id(),
                counter.version(),
                new UserInput(
                        counter.username(), null, counter.role(), counter.mechanicId(), active, counter.supplierId()));
    }

    @Test
    void aScreenNoLongerShownLeavesItsWindowAloneWhileTheOneShownOpensTheSignIn() throws Exception {
        // a main screen whose window has since shown something else
        FxDriver gone = FxDriver.open(server.url());
        gone.login("counter", ServerFixture.PASSWORD);
        StackPane other = new StackPane(new Label("another screen"));
        gone.fx(() -> gone.stage().setScene(new Scene(other, 400, 300)));
        // and one still shown, signed in as the same user
        FxDriver shown = FxDriver.open(server.url());
        shown.login("counter", ServerFixture.PASSWORD);

        setCounterActive(false); // ends every session of the counter

        // the screen shown hears it and says so (so the streams did hear it)...
        shown.await(() -> dialog("session-ended") != null);
        // ...and the other window, given a moment more, still shows what it showed
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gone.stage().getScene().getRoot()).isSameAs(other);
        assertThat(gone.stage().getScene().getRoot().lookup("#login-submit")).isNull();
        setCounterActive(true);
    }
}
