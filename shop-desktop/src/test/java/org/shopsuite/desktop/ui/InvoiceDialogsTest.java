package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Payment;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The manager's invoice dialogs and the settings form, driven through the real screens (headless)
 * against a real server with the demo shop.
 */
@Tag("gui")
class InvoiceDialogsTest {
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

    @Test
    void theManagerVoidsAPaidInvoiceWithItsRefundAndReissuesItFromTheKeyboard() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        openReceipt(boss, "Emily");
        boss.await(() -> boss.text("#invoice-title").contains("partly paid"));
        assertThat(boss.fx(() -> boss.<Button>node("#invoice-void").isDisabled()))
                .isFalse();
        assertThat(boss.fx(() -> boss.<Button>node("#invoice-reissue").isDisabled()))
                .as("its invoice is not void")
                .isTrue();
        String number = boss.text("#invoice-title").replaceAll("Invoice (\\S+).*", "$1");

        boss.press("#invoice-void");
        boss.await(() -> dialog("void-dialog") != null);
        assertThat(text("void-dialog", "#void-refund-text")).contains("₩100,000");
        assertThat(boss.fx(() -> ((RadioButton) in("void-dialog", "#void-refund-CASH")).isSelected()))
                .as("paid in cash: refunded in cash unless changed")
                .isTrue();
        assertThat(boss.fx(() -> in("void-dialog", "#void-reason").isFocused()))
                .as("the reason has the focus")
                .isTrue();

        // A reason the server refuses: the dialog stays, the message is next to the field.
        boss.fx(() -> ((TextField) in("void-dialog", "#void-reason")).setText("x".repeat(501)));
        boss.fx(() -> ((Button) in("void-dialog", "#void-submit")).fire());
        boss.await(() -> !text("void-dialog", "#void-reason-error").isEmpty());
        assertThat(text("void-dialog", "#void-reason-error")).contains("500");

        boss.fx(() -> ((TextField) in("void-dialog", "#void-reason")).setText("Wrong customer"));
        boss.fx(() -> ((RadioButton) in("void-dialog", "#void-refund-TRANSFER")).setSelected(true));
        boss.fx(() -> ((Button) in("void-dialog", "#void-submit")).fire());
        boss.await(() -> dialog("void-dialog") == null);
        boss.await(() -> boss.text("#invoice-title").contains("(void)"));
        assertThat(boss.text("#invoice-note")).contains("Wrong customer");
        assertThat(boss.text("#invoice-total-4")).isEqualTo("₩0");
        assertThat(boss.text("#receipts-message")).contains("is void").contains("Bank transfer");
        ListView<Payment> payments = boss.node("#invoice-payments");
        assertThat(boss.fx(() ->
                        payments.getItems().get(payments.getItems().size() - 1).amount()))
                .isEqualTo(-100_000L);
        assertThat(boss.fx(() -> payments.lookupAll(".list-cell").stream()
                        .map(n -> ((Labeled) n).getText())
                        .filter(t -> t != null && t.contains("Bank transfer refund"))
                        .count()))
                .isEqualTo(1L);
        assertThat(boss.fx(() -> boss.<Button>node("#pay-submit").isDisabled())).isTrue();
        assertThat(boss.fx(() -> boss.<Button>node("#invoice-void").isDisabled()))
                .isTrue();
        boss.await(() -> !boss.<Button>node("#invoice-reissue").isDisabled());

        // Reissue from the keyboard: the reason has the focus, Enter sends.
        boss.press("#invoice-reissue");
        boss.await(() -> dialog("reissue-dialog") != null);
        boss.await(() -> in("reissue-dialog", "#reissue-reason").isFocused());
        FxRobot robot = new FxRobot();
        robot.type(KeyCode.ENTER);
        boss.await(() -> text("reissue-dialog", "#reissue-reason-error").equals("Required"));
        robot.targetWindow(in("reissue-dialog", "#reissue-reason").getScene().getWindow());
        robot.write("Right customer");
        robot.type(KeyCode.ENTER);
        boss.await(() -> dialog("reissue-dialog") == null);
        boss.await(() -> boss.text("#invoice-title").contains("(issued)"));
        assertThat(boss.text("#invoice-title")).doesNotContain(number);
        assertThat(boss.text("#invoice-note")).isEqualTo("Replaces void invoice " + number);
        assertThat(boss.text("#invoice-total-4")).isEqualTo("₩307,450");
    }

    @Test
    void escapeCancelsAndNothingIsVoided() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        openReceipt(boss, "송혜교");
        boss.await(() -> boss.text("#invoice-title").contains("(issued)"));
        boss.press("#invoice-void");
        boss.await(() -> dialog("void-dialog") != null);
        assertThat(text("void-dialog", "#void-refund-text")).contains("Nothing was paid");
        assertThat(boss.fx(() -> shown(in("void-dialog", "#void-refund-CASH"))))
                .as("no refund method to choose")
                .isFalse();
        boss.await(() -> in("void-dialog", "#void-reason").isFocused());
        new FxRobot().type(KeyCode.ESCAPE);
        boss.await(() -> dialog("void-dialog") == null);
        assertThat(boss.text("#invoice-title")).contains("(issued)");
    }

    @Test
    void theCounterDoesNotSeeTheManagersInvoiceActions() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        openReceipt(counter, "Emily");
        counter.await(() -> counter.has("#invoice-title"));
        assertThat(counter.fx(() -> counter.stage().getScene().getRoot().lookupAll("#invoice-void").stream()
                        .anyMatch(InvoiceDialogsTest::shown)))
                .isFalse();
        assertThat(counter.fx(() -> counter.stage().getScene().getRoot().lookupAll("#invoice-reissue").stream()
                        .anyMatch(InvoiceDialogsTest::shown)))
                .isFalse();
    }

    @Test
    void theSettingsScreenEditsTheRegistrationNumberAndRepresentativeInKorean() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.await(() -> boss.has("#login-submit"));
        boss.fx(() -> {
            ComboBox<Locale> box = boss.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals("ko"))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-settings");
        boss.await(() -> ((TextField) boss.node("#settings-registration-number"))
                .getText()
                .equals("123-45-67891"));
        assertThat(((TextField) boss.node("#settings-representative")).getText())
                .isEqualTo("김한빛");
        assertThat(labelFor(boss, "#settings-registration-number")).isEqualTo("사업자등록번호(G)");
        assertThat(labelFor(boss, "#settings-representative")).isEqualTo("대표자(P)");

        boss.type("#settings-registration-number", "123-45-67890");
        boss.press("#settings-save");
        boss.await(() -> boss.has("#settings-registration-number-error"));
        assertThat(boss.text("#settings-registration-number-error")).startsWith("사업자등록번호: 숫자 10자리");

        boss.type("#settings-registration-number", "2208162517");
        boss.type("#settings-representative", "이한빛");
        boss.press("#settings-save");
        boss.await(() -> ((TextField) boss.node("#settings-registration-number"))
                .getText()
                .equals("220-81-62517"));
        assertThat(boss.has("#settings-registration-number-error")).isFalse();
        assertThat(boss.fx(() -> {
                    var c = new org.shopsuite.desktop.client.ShopClient(server.url());
                    c.login("manager", ServerFixture.PASSWORD);
                    return c.shop().representative();
                }))
                .isEqualTo("이한빛");
    }

    /** The text of the label that names a field (mnemonic markers removed, as shown). */
    private static String labelFor(FxDriver d, String field) throws Exception {
        return d.fx(() -> {
            Node target = d.node(field);
            return d.stage().getScene().getRoot().lookupAll(".label").stream()
                    .map(n -> (javafx.scene.control.Label) n)
                    .filter(l -> l.getLabelFor() == target)
                    .map(l -> l.getText().replace("_", ""))
                    .findFirst()
                    .orElse(null);
        });
    }

    static void openReceipt(FxDriver d, String query) throws Exception {
        d.selectTab("tab-receipts");
        d.type("#receipts-query", query);
        d.enter("#receipts-query");
        d.await(() -> ((TableView<?>) d.node("#receipts-table")).getItems().size() == 1);
        d.fx(() ->
                ((TableView<?>) d.node("#receipts-table")).getSelectionModel().select(0));
    }

    /** Shown on screen: the node and every parent are visible. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The open dialog whose pane has this id, or null. */
    static Node dialog(String id) {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup("#" + id))
                .filter(n -> n != null)
                .findFirst()
                .orElse(null);
    }

    static Node in(String dialogId, String selector) {
        Node d = dialog(dialogId);
        if (d == null) {
            throw new AssertionError("no dialog " + dialogId);
        }
        Node n = d.lookup(selector);
        if (n == null) {
            throw new AssertionError("no " + selector + " in " + dialogId);
        }
        return n;
    }

    static String text(String dialogId, String selector) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ((Labeled) in(dialogId, selector)).getText())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
