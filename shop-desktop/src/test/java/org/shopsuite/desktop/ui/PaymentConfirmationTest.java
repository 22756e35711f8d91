package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Payment;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** "Record payment" names invoice, customer and amount first: Enter pays that invoice, Escape pays nothing. */
@Tag("gui")
class PaymentConfirmationTest {
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

    private Invoice invoiceOf(String number) {
        ShopClient check = new ShopClient(server.url());
        check.login("manager", ServerFixture.PASSWORD);
        String customer = number.startsWith("Emily") ? "Emily" : "송혜교";
        var r = check.receipts(customer, null, null, null, 5).items().get(0);
        return check.invoice(r.invoiceId());
    }

    @Test
    void escapePaysNothingAndEnterPaysTheNamedInvoice() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        openReceipt(counter, "송혜교");
        counter.await(() -> counter.text("#invoice-title").contains("(issued)"));
        Invoice before = invoiceOf("송혜교");
        counter.type("#pay-amount", "50000");

        counter.press("#pay-submit");
        counter.await(() -> dialog("pay-confirm-dialog") != null);
        assertThat(text("pay-confirm-dialog", "#pay-confirm-text"))
                .isEqualTo("Record ₩50,000 by card on " + before.number() + " for 송혜교?");
        counter.await(() -> in("pay-confirm-dialog", "#pay-confirm-submit").isFocused());
        new FxRobot().type(KeyCode.ESCAPE);
        counter.await(() -> dialog("pay-confirm-dialog") == null);
        assertThat(invoiceOf("송혜교").paid()).as("Escape: nothing paid").isEqualTo(before.paid());

        counter.press("#pay-submit");
        counter.await(() -> dialog("pay-confirm-dialog") != null);
        counter.await(() -> in("pay-confirm-dialog", "#pay-confirm-submit").isFocused());
        new FxRobot().type(KeyCode.ENTER);
        counter.await(() -> dialog("pay-confirm-dialog") == null);
        counter.await(() -> counter.text("#receipts-message").contains(before.number()));
        assertThat(invoiceOf("송혜교").paid()).isEqualTo(before.paid() + 50_000);
        ListView<Payment> payments = counter.node("#invoice-payments");
        counter.await(() -> payments.getItems().stream().anyMatch(p -> p.amount() == 50_000));
    }
}
