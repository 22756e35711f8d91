package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.manage.SettingsViewModel;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.desktop.ui.receipts.ReissueInvoiceViewModel;
import org.shopsuite.desktop.ui.receipts.VoidInvoiceViewModel;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receipt;

/**
 * Voiding and reissuing invoices, and the settings printed on them: the ViewModels synchronously,
 * against a real in-process server with the demo shop.
 */
class InvoiceCorrectionViewModelTest {
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

    static ReceiptsViewModel open(Session s, String query) {
        ReceiptsViewModel vm = new ReceiptsViewModel(s, Tasks.direct());
        vm.queryProperty().set(query);
        vm.search();
        assertThat(vm.receipts()).hasSize(1);
        vm.selectedProperty().set(vm.receipts().get(0));
        return vm;
    }

    @Test
    void theManagerVoidsAPartlyPaidInvoiceWithItsRefundAndIssuesItAgain() {
        Session manager = login("manager", Locale.ENGLISH);
        ReceiptsViewModel vm = open(manager, "Emily");
        Invoice before = vm.invoiceProperty().get();
        assertThat(before.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(vm.isManager()).isTrue();
        assertThat(vm.canVoidProperty().get()).isTrue();
        assertThat(vm.canReissueProperty().get()).as("its invoice is not void").isFalse();

        VoidInvoiceViewModel form = vm.voidForm();
        assertThat(form.header()).contains(before.number());
        assertThat(form.refundNeededProperty().get()).isTrue();
        assertThat(form.refundTextProperty().get()).contains("100,000").contains("goes back");
        assertThat(form.refundMethodProperty().get())
                .as("paid in cash, so refunded in cash unless the manager says otherwise")
                .isEqualTo(PaymentMethod.CASH);

        // Nothing chosen: named on the form, nothing sent.
        form.refundMethodProperty().set(null);
        form.submit(v -> {
            throw new AssertionError("sent");
        });
        assertThat(form.fieldErrors()).containsKeys("reason", "refundMethod");
        assertThat(form.fieldErrors().get("refundMethod")).contains("100,000");

        // The server's field error goes next to its field.
        form.refundMethodProperty().set(PaymentMethod.CASH);
        form.reasonProperty().set("x".repeat(501));
        form.submit(v -> {
            throw new AssertionError("voided");
        });
        assertThat(form.fieldErrors()).containsOnlyKeys("reason");
        assertThat(form.fieldErrors().get("reason")).contains("500");
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(manager.client().invoice(before.id()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        form.reasonProperty().set("잘못 발행 (wrong customer)");
        AtomicReference<Invoice> voided = new AtomicReference<>();
        form.submit(inv -> {
            voided.set(inv);
            vm.voided(inv);
        });
        assertThat(form.fieldErrors()).isEmpty();
        Invoice shown = vm.invoiceProperty().get();
        assertThat(shown.id()).isEqualTo(before.id());
        assertThat(shown.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(shown.balance()).isZero();
        assertThat(shown.voidReason()).isEqualTo("잘못 발행 (wrong customer)");
        assertThat(shown.payments()).last().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(-100_000);
            assertThat(p.method()).isEqualTo(PaymentMethod.CASH);
        });
        assertThat(vm.messageProperty().get())
                .contains("is void")
                .contains("100,000")
                .contains("Cash");
        assertThat(vm.timeline()).extracting(e -> e.type().name()).endsWith("InvoiceVoided", "PaymentRefunded");
        assertThat(vm.canVoidProperty().get()).isFalse();
        assertThat(vm.canReissueProperty().get()).isTrue();
        assertThat(vm.voidForm()).isNull();

        ReissueInvoiceViewModel again = vm.reissueForm();
        assertThat(again.header()).contains(before.number());
        again.submit(r -> {
            throw new AssertionError("sent without a reason");
        });
        assertThat(again.fieldErrors()).containsKey("reason");
        again.reasonProperty().set("재발행 (right customer)");
        AtomicReference<Receipt> receipt = new AtomicReference<>();
        again.submit(r -> {
            receipt.set(r);
            vm.reissued(r);
        });
        Invoice fresh = vm.invoiceProperty().get();
        assertThat(receipt.get().invoiceId()).isEqualTo(fresh.id());
        assertThat(fresh.id()).isNotEqualTo(before.id());
        assertThat(fresh.number()).isNotEqualTo(before.number());
        assertThat(fresh.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(fresh.replacesInvoiceId()).isEqualTo(before.id());
        assertThat(fresh.total()).isEqualTo(before.total());
        assertThat(vm.replacedNumberProperty().get()).isEqualTo(before.number());
        assertThat(vm.messageProperty().get()).contains(fresh.number());
        assertThat(vm.payAmountProperty().get()).isEqualTo(Long.toString(fresh.balance()));
        assertThat(vm.canReissueProperty().get()).isFalse();
        assertThat(vm.canVoidProperty().get()).isTrue();
    }

    @Test
    void aPaymentRecordedWhileTheDialogIsOpenIsRefundedNotLost() {
        Session manager = login("manager", Locale.ENGLISH);
        ReceiptsViewModel vm = open(manager, "송혜교");
        Invoice unpaid = vm.invoiceProperty().get();
        assertThat(unpaid.paid()).isZero();
        VoidInvoiceViewModel form = vm.voidForm();
        assertThat(form.refundNeededProperty().get()).isFalse();
        assertThat(form.refundTextProperty().get()).contains("Nothing was paid");

        ShopClient counter = new ShopClient(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        counter.pay(unpaid.id(), new PaymentInput(50_000L, PaymentMethod.CARD), ShopClient.newIdempotencyKey());

        form.reasonProperty().set("고객 변심");
        form.submit(v -> {
            throw new AssertionError("voided without refunding the 50,000 paid meanwhile");
        });
        assertThat(form.refundNeededProperty().get()).isTrue();
        assertThat(form.refundTextProperty().get()).contains("50,000");
        assertThat(form.fieldErrors().get("refundMethod")).contains("meanwhile").contains("50,000");
        assertThat(form.refundMethodProperty().get()).isEqualTo(PaymentMethod.CARD);

        AtomicReference<Invoice> voided = new AtomicReference<>();
        form.submit(voided::set);
        assertThat(voided.get().status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.get().paid()).isZero();
        assertThat(voided.get().payments()).extracting(p -> p.amount()).containsExactly(50_000L, -50_000L);
    }

    @Test
    void koreanUsersReadTheServersFieldErrorsInKorean() {
        Session manager = login("manager", Locale.KOREAN);
        ReceiptsViewModel vm = open(manager, "Emily");
        VoidInvoiceViewModel form = vm.voidForm();
        assertThat(form.refundTextProperty().get()).contains("환불");
        form.reasonProperty().set("가".repeat(501));
        form.submit(v -> {});
        assertThat(form.fieldErrors().get("reason")).isEqualTo("500자 이하");
    }

    @Test
    void otherRolesCannotVoidOrReissue() {
        Session counter = login("counter", Locale.ENGLISH);
        ReceiptsViewModel vm = open(counter, "Emily");
        assertThat(vm.invoiceProperty().get()).isNotNull();
        assertThat(vm.isManager()).isFalse();
        assertThat(vm.canVoidProperty().get()).isFalse();
        assertThat(vm.canReissueProperty().get()).isFalse();
        assertThat(vm.voidForm()).isNull();
        assertThat(vm.reissueForm()).isNull();
    }

    @Test
    void theRegistrationNumberAndRepresentativeAreEditedValidatedAndCleared() {
        Session manager = login("manager", Locale.ENGLISH);
        SettingsViewModel vm = new SettingsViewModel(manager, Tasks.direct());
        vm.refresh();
        assertThat(vm.registrationNumberProperty().get()).isEqualTo("123-45-67891");
        assertThat(vm.representativeProperty().get()).isEqualTo("김한빛");

        vm.registrationNumberProperty().set("123-45-67890"); // check digit wrong
        vm.representativeProperty().set("가".repeat(31));
        vm.save();
        assertThat(vm.fieldErrors()).containsOnlyKeys("businessRegistrationNumber", "representative");
        assertThat(vm.fieldErrors().get("businessRegistrationNumber"))
                .isEqualTo("A business registration number: 10 digits as NNN-NN-NNNNN, with a valid check digit");
        assertThat(manager.client().shop().businessRegistrationNumber()).isEqualTo("123-45-67891");

        vm.registrationNumberProperty().set(" 2208162517 ");
        vm.representativeProperty().set("이한빛");
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.registrationNumberProperty().get())
                .as("as the server keeps it")
                .isEqualTo("220-81-62517");
        assertThat(manager.client().shop().representative()).isEqualTo("이한빛");

        vm.representativeProperty().set("");
        vm.save();
        assertThat(manager.client().shop().representative()).isNull();
        assertThat(manager.client().shop().businessRegistrationNumber()).isEqualTo("220-81-62517");
        assertThat(vm.representativeProperty().get()).isEmpty();

        Session korean = login("manager", Locale.KOREAN);
        SettingsViewModel ko = new SettingsViewModel(korean, Tasks.direct());
        ko.refresh();
        ko.registrationNumberProperty().set("12345");
        ko.representativeProperty().set("가".repeat(31));
        ko.save();
        assertThat(ko.fieldErrors().get("businessRegistrationNumber")).startsWith("사업자등록번호: 숫자 10자리");
        assertThat(ko.fieldErrors().get("representative")).isEqualTo("30자 이하");
    }
}
