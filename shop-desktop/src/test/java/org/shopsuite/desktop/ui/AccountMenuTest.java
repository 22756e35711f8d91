package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File > Change password… and File > Language, through the real window (headless) against a real
 * server with the demo shop.
 */
@Tag("gui")
class AccountMenuTest {
    @TempDir
    Path dir;

    ServerFixture server;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    /** Chooses a menu item of the window's menu bar by its id. */
    static void menu(FxDriver d, String id) throws Exception {
        d.fx(() -> {
            MenuBar bar = (MenuBar) d.stage().getScene().getRoot().lookup(".menu-bar");
            MenuItem item = bar.getMenus().stream()
                    .flatMap(m -> items(m).stream())
                    .filter(i -> id.equals(i.getId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + id));
            item.fire();
        });
    }

    private static java.util.List<MenuItem> items(Menu menu) {
        java.util.List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            all.add(i);
            if (i instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    static void type(String dialogId, String selector, String value) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ((TextField) in(dialogId, selector)).setText(value))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theCounterChangesTheirPasswordFromTheKeyboardAndStaysSignedIn() throws Exception {
        ShopClient elsewhere = new ShopClient(server.url());
        elsewhere.login("counter", ServerFixture.PASSWORD);
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);

        menu(counter, "menu-change-password");
        counter.await(() -> dialog("password-dialog") != null);
        counter.await(() -> in("password-dialog", "#password-current").isFocused());
        FxRobot robot = new FxRobot();
        robot.targetWindow(in("password-dialog", "#password-current").getScene().getWindow());

        // A mismatch is caught before anything is sent.
        type("password-dialog", "#password-current", ServerFixture.PASSWORD);
        type("password-dialog", "#password-new", "front-desk-pass-1");
        type("password-dialog", "#password-repeat", "front-desk-pass-2");
        robot.type(KeyCode.ENTER);
        counter.await(() -> !text("password-dialog", "#password-repeat-error").isEmpty());
        assertThat(text("password-dialog", "#password-repeat-error"))
                .isEqualTo("The two new passwords are not the same");

        // The server's refusal is next to its field.
        type("password-dialog", "#password-current", "not-my-password");
        type("password-dialog", "#password-repeat", "front-desk-pass-1");
        robot.type(KeyCode.ENTER);
        counter.await(() -> !text("password-dialog", "#password-current-error").isEmpty());
        assertThat(text("password-dialog", "#password-current-error")).isEqualTo("is not your current password");
        assertThat(text("password-dialog", "#password-repeat-error")).isEmpty();

        type("password-dialog", "#password-current", ServerFixture.PASSWORD);
        robot.type(KeyCode.ENTER);
        counter.await(() -> dialog("password-dialog") == null);
        counter.await(() -> dialog("password-changed") != null);
        counter.fx(() -> ((javafx.scene.control.DialogPane) dialog("password-changed"))
                .getScene()
                .getWindow()
                .hide());

        assertThat(counter.has("#tabs")).as("still signed in").isTrue();
        assertThat(new ShopClient(server.url())
                        .login("counter", "front-desk-pass-1")
                        .user()
                        .username())
                .isEqualTo("counter");
        try {
            elsewhere.shop();
            throw new AssertionError("the other session should have ended");
        } catch (org.shopsuite.desktop.client.ApiError e) {
            assertThat(e.status()).isEqualTo(401);
        }
    }

    @Test
    void escapeCancelsTheDialogAndNothingChanges() throws Exception {
        FxDriver kim = FxDriver.open(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        menu(kim, "menu-change-password");
        kim.await(() -> dialog("password-dialog") != null);
        kim.await(() -> in("password-dialog", "#password-current").isFocused());
        type("password-dialog", "#password-current", ServerFixture.PASSWORD);
        new FxRobot().type(KeyCode.ESCAPE);
        kim.await(() -> dialog("password-dialog") == null);
        assertThat(new ShopClient(server.url())
                        .login("kim", ServerFixture.PASSWORD)
                        .user()
                        .username())
                .isEqualTo("kim");
    }

    @Test
    void theLanguageSwitchesWithoutSigningOutAndOnTheSameTab() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-parts");
        assertThat(boss.fx(() -> tabTitle(boss, "tab-parts"))).isEqualTo("Parts");

        menu(boss, "menu-language-ko");
        boss.await(() -> "부품".equals(tabTitle(boss, "tab-parts")));
        assertThat(boss.fx(() -> selectedTab(boss))).isEqualTo("tab-parts");
        assertThat(boss.text("#current-user")).contains("manager");
        assertThat(boss.fx(() -> boss.has("#login-submit"))).isFalse();
        assertThat(boss.fx(
                        () -> ((javafx.scene.control.RadioMenuItem) menuItem(boss, "menu-language-ko")).isSelected()))
                .isTrue();

        // Still signed in: the new window's screens load from the server.
        boss.selectTab("tab-people");
        menu(boss, "menu-language-en");
        boss.await(() -> "Parts".equals(tabTitle(boss, "tab-parts")));
        assertThat(boss.fx(() -> selectedTab(boss))).isEqualTo("tab-people");
        boss.await(() -> boss.text("#connection").contains("Connected"));

        // The choice is remembered: signed out after choosing Korean, the login screen is in Korean.
        menu(boss, "menu-language-ko");
        boss.await(() -> "부품".equals(tabTitle(boss, "tab-parts")));
        menu(boss, "menu-logout");
        boss.await(() -> boss.has("#login-submit"));
        assertThat(boss.fx(() -> boss.<javafx.scene.control.ComboBox<java.util.Locale>>node("#language")
                        .getValue()
                        .getLanguage()))
                .isEqualTo("ko");
    }

    private static String tabTitle(FxDriver d, String id) {
        javafx.scene.control.TabPane tabs = d.node("#tabs");
        return tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId()))
                .findFirst()
                .map(javafx.scene.control.Tab::getText)
                .orElse(null);
    }

    private static String selectedTab(FxDriver d) {
        javafx.scene.control.TabPane tabs = d.node("#tabs");
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    private static MenuItem menuItem(FxDriver d, String id) {
        MenuBar bar = (MenuBar) d.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream()
                .flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }
}
