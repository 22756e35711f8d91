package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentMethod;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Voiding a payment and giving a refund on the receipts screen; cash shows the change due. */
@Tag("gui")
class PaymentCorrectionDialogsTest {
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
    }

    private long paidOn(String customer) {
        ShopClient check = new ShopClient(server.url());
        check.login("manager", ServerFixture.PASSWORD);
        var r = check.receipts(customer, null, null, null, 5).items().get(0);
        return check.invoice(r.invoiceId()).paid();
    }

    static void assertCentredOn(Window owner, String dialogId) throws Exception {
        Window w = WindowsAt.windowOf(dialog(dialogId));
        double dx = Math.abs((w.getX() + w.getWidth() / 2) - (owner.getX() + owner.getWidth() / 2));
        assertThat(dx)
                .as("centred on the app window, not at the screen's corner")
                .isLessThan(40);
    }

    static boolean shownIn(FxDriver d, String selector) throws Exception {
        return d.fx(() -> InvoiceDialogsTest.shown(d.stage().getScene().lookup(selector)));
    }

    @Test
    void aManagerVoidsAChosenPaymentAndEnterDoesNotVoidIt() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        openReceipt(boss, "Emily");
        ListView<Payment> payments = boss.node("#invoice-payments");
        boss.await(() -> payments.getItems().size() == 1);
        assertThat(boss.fx(() -> boss.<Button>node("#payment-void").isDisabled()))
                .as("no payment chosen")
                .isTrue();
        assertThat(boss.fx(() -> boss.<Button>node("#invoice-refund").isDisabled()))
                .isFalse();
        boss.fx(() -> payments.getSelectionModel().select(0));
        boss.await(() -> !boss.<Button>node("#payment-void").isDisabled());

        boss.press("#payment-void");
        boss.await(() -> dialog("void-payment-dialog") != null);
        assertCentredOn(boss.stage(), "void-payment-dialog");
        String header =
                boss.fx(() -> ((javafx.scene.control.DialogPane) dialog("void-payment-dialog")).getHeaderText());
        assertThat(header).contains("₩100,000").contains("Emily").contains("INV-");
        assertThat(text("void-payment-dialog", "#void-payment-dialog-cancel")).isEqualTo("Keep payment");
        boss.await(() -> in("void-payment-dialog", "#void-payment-reason").isFocused());
        FxRobot robot = new FxRobot();
        robot.targetWindow(WindowsAt.windowOf(dialog("void-payment-dialog")));
        robot.write("Entered twice");
        robot.type(KeyCode.ENTER);
        Thread.sleep(300);
        assertThat(dialog("void-payment-dialog")).as("Enter does not void").isNotNull();
        assertThat(paidOn("Emily")).isEqualTo(100_000);

        boss.fx(() -> ((TextField) in("void-payment-dialog", "#void-payment-reason")).setText(""));
        boss.fx(() -> ((Button) in("void-payment-dialog", "#void-payment-submit")).fire());
        boss.await(
                () -> text("void-payment-dialog", "#void-payment-reason-error").equals("Required"));
        boss.fx(() -> ((TextField) in("void-payment-dialog", "#void-payment-reason")).setText("Entered twice"));
        boss.fx(() -> ((Button) in("void-payment-dialog", "#void-payment-submit")).fire());
        boss.await(() -> dialog("void-payment-dialog") == null);
        boss.await(() -> payments.getItems().size() == 2);
        assertThat(paidOn("Emily")).isZero();
        boss.await(() -> boss.fx(() -> payments.lookupAll(".list-cell").stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.contains("[voided]"))));
        assertThat(boss.fx(() -> boss.<Button>node("#invoice-refund").isDisabled()))
                .as("nothing paid any more")
                .isTrue();
    }

    @Test
    void aManagerRefundsPartOfWhatWasPaid() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        openReceipt(boss, "Emily");
        boss.await(() -> !boss.<Button>node("#invoice-refund").isDisabled());
        boss.press("#invoice-refund");
        boss.await(() -> dialog("refund-dialog") != null);
        assertCentredOn(boss.stage(), "refund-dialog");
        boss.fx(() -> ((TextField) in("refund-dialog", "#refund-amount")).setText("20000"));
        boss.fx(() -> ((javafx.scene.control.RadioButton) in("refund-dialog", "#refund-method-CARD")).fire());
        boss.fx(() -> ((Button) in("refund-dialog", "#refund-submit")).fire());
        boss.await(() -> text("refund-dialog", "#refund-reason-error").equals("Required"));
        boss.fx(() -> ((TextField) in("refund-dialog", "#refund-reason")).setText("Parts discount"));
        boss.fx(() -> ((Button) in("refund-dialog", "#refund-submit")).fire());
        boss.await(() -> dialog("refund-dialog") == null);
        assertThat(paidOn("Emily")).isEqualTo(80_000);
    }

    @Test
    void theCounterDoesNotSeeCorrectionsAndCashShowsTheChangeDue() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        openReceipt(counter, "송혜교");
        counter.await(() -> counter.text("#invoice-title").contains("(issued)"));
        assertThat(shownIn(counter, "#payment-void")).isFalse();
        assertThat(shownIn(counter, "#invoice-refund")).isFalse();
        assertThat(shownIn(counter, "#pay-received"))
                .as("card: no cash received")
                .isFalse();

        counter.fx(() -> counter.<ComboBox<PaymentMethod>>node("#pay-method").setValue(PaymentMethod.CASH));
        counter.type("#pay-amount", "50000");
        counter.type("#pay-received", "60000");
        assertThat(counter.text("#pay-change")).isEqualTo("₩10,000");

        // Enter in the amount received submits the payment (after its confirmation).
        counter.fx(() -> counter.node("#pay-received").requestFocus());
        new FxRobot().type(KeyCode.ENTER);
        counter.await(() -> dialog("pay-confirm-dialog") != null);
        assertThat(text("pay-confirm-dialog", "#pay-confirm-text")).contains("Change due: ₩10,000");
        counter.await(() -> in("pay-confirm-dialog", "#pay-confirm-submit").isFocused());
        new FxRobot().type(KeyCode.ENTER);
        counter.await(() -> dialog("pay-confirm-dialog") == null);
        counter.await(() -> counter.text("#receipts-message").contains("₩50,000"));
        assertThat(paidOn("송혜교")).as("the amount, not the cash handed over").isEqualTo(50_000);
    }
}
