package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.desktop.ui.receipts.RefundViewModel;
import org.shopsuite.desktop.ui.receipts.VoidPaymentViewModel;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentMethod;

/**
 * A manager voids a payment or gives a refund (each a new entry, with a reason), the counter does
 * not; cash payments show the change due. ViewModels run synchronously against the demo shop.
 */
class PaymentCorrectionViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    private static Payment firstPayment(Invoice inv) {
        return inv.payments().stream().filter(p -> p.amount() > 0).findFirst().orElseThrow();
    }

    @Test
    void theManagerVoidsAPaymentWithAReasonAsANewEntry() {
        Session manager = login("manager", Locale.ENGLISH);
        ReceiptsViewModel vm = InvoiceCorrectionViewModelTest.open(manager, "Emily");
        Invoice before = vm.invoiceProperty().get();
        Payment cash = firstPayment(before);
        assertThat(vm.mayVoidProperty().get()).as("no payment chosen").isFalse();
        assertThat(vm.mayRefundProperty().get()).isTrue();
        vm.selectedPaymentProperty().set(cash);
        assertThat(vm.mayVoidProperty().get()).isTrue();

        VoidPaymentViewModel form = vm.voidPaymentForm();
        assertThat(form.header()).contains(before.number()).contains("Emily").contains("₩100,000 cash payment");
        form.submit(inv -> {
            throw new AssertionError("voided without a reason");
        });
        assertThat(form.fieldErrors()).containsEntry("reason", "Required");

        form.reasonProperty().set("Entered twice");
        form.submit(vm::corrected);
        Invoice after = vm.invoiceProperty().get();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.paid()).isEqualTo(before.paid() - 100_000);
        assertThat(after.status()).isEqualTo(InvoiceStatus.ISSUED);
        Payment voidEntry = after.payments().get(after.payments().size() - 1);
        assertThat(voidEntry.amount()).isEqualTo(-100_000);
        assertThat(voidEntry.voidsPaymentId()).isEqualTo(cash.id());
        assertThat(voidEntry.receivedBy()).isEqualTo("manager");
        assertThat(vm.paymentLine(voidEntry))
                .contains("Cash payment voided")
                .contains("-₩100,000")
                .contains("(manager)")
                .contains("Entered twice");
        Payment original = after.payments().stream()
                .filter(p -> p.id() == cash.id())
                .findFirst()
                .orElseThrow();
        assertThat(vm.paymentLine(original)).contains("Cash").contains("[voided]");

        vm.selectedPaymentProperty().set(original);
        assertThat(vm.mayVoidProperty().get()).as("already voided").isFalse();
        vm.selectedPaymentProperty().set(voidEntry);
        assertThat(vm.mayVoidProperty().get()).as("a correction is not voided").isFalse();
        assertThat(vm.mayRefundProperty().get()).as("nothing paid any more").isFalse();
        assertThat(vm.messageProperty().get()).contains(before.number());
    }

    @Test
    void aRefundIsAtMostWhatWasPaidAndNeedsMethodAndReason() {
        Session manager = login("manager", Locale.ENGLISH);
        ReceiptsViewModel vm = InvoiceCorrectionViewModelTest.open(manager, "Emily");
        Invoice before = vm.invoiceProperty().get();
        RefundViewModel form = vm.refundForm();
        assertThat(form.header()).contains(before.number()).contains("Emily").contains("₩100,000");

        form.amountProperty().set("100001");
        form.submit(inv -> {
            throw new AssertionError("refunded more than was paid");
        });
        assertThat(form.fieldErrors()).containsKeys("amount", "method", "reason");
        assertThat(form.fieldErrors().get("amount")).contains("₩100,000");

        form.amountProperty().set("20000");
        form.methodProperty().set(PaymentMethod.CASH);
        form.reasonProperty().set("Parts discount");
        form.submit(vm::corrected);
        Invoice after = vm.invoiceProperty().get();
        assertThat(after.paid()).isEqualTo(before.paid() - 20_000);
        assertThat(after.balance()).isEqualTo(before.balance() + 20_000);
        Payment refund = after.payments().get(after.payments().size() - 1);
        assertThat(refund.amount()).isEqualTo(-20_000);
        assertThat(refund.reason()).isEqualTo("Parts discount");
        assertThat(vm.paymentLine(refund)).contains("Cash refund").contains("Parts discount");
    }

    @Test
    void theCounterSeesNoCorrections() {
        Session counter = login("counter", Locale.ENGLISH);
        ReceiptsViewModel vm = InvoiceCorrectionViewModelTest.open(counter, "Emily");
        vm.selectedPaymentProperty().set(firstPayment(vm.invoiceProperty().get()));
        assertThat(vm.mayVoidProperty().get()).isFalse();
        assertThat(vm.mayRefundProperty().get()).isFalse();
        assertThat(vm.voidPaymentForm()).isNull();
        assertThat(vm.refundForm()).isNull();
    }

    @Test
    void cashShowsTheChangeDueAndRecordsOnlyTheAmount() {
        Session counter = login("counter", Locale.KOREAN);
        ReceiptsViewModel vm = InvoiceCorrectionViewModelTest.open(counter, "송혜교");
        Invoice inv = vm.invoiceProperty().get();
        vm.payMethodProperty().set(PaymentMethod.CARD);
        vm.amountReceivedProperty().set("400000");
        assertThat(vm.cashProperty().get()).isFalse();
        assertThat(vm.changeDueProperty().get()).as("no change for a card").isNull();

        vm.payMethodProperty().set(PaymentMethod.CASH);
        vm.payAmountProperty().set("100000");
        vm.amountReceivedProperty().set("192550");
        assertThat(vm.cashProperty().get()).isTrue();
        assertThat(vm.changeDueProperty().get()).isEqualTo(92_550L);
        assertThat(vm.changeDueTextProperty().get()).isEqualTo("₩92,550");
        vm.amountReceivedProperty().set("92550");
        assertThat(vm.changeDueTextProperty().get()).isEqualTo("₩7,450 부족");
        assertThat(vm.confirmPayment()).as("too little cash").isNull();
        assertThat(vm.payErrorProperty().get()).contains("받은 금액");

        vm.amountReceivedProperty().set("102,550");
        var c = vm.confirmPayment();
        assertThat(c.amount()).isEqualTo(100_000L);
        assertThat(c.text()).contains("거스름돈: ₩2,550");
        vm.pay(c);
        Invoice paid = vm.invoiceProperty().get();
        assertThat(paid.paid()).as("the amount, not the cash handed over").isEqualTo(inv.paid() + 100_000);
        assertThat(vm.amountReceivedProperty().get()).isEmpty();
    }
}
