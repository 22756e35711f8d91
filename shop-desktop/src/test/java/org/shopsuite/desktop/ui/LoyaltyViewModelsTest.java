package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.customers.CustomersViewModel;
import org.shopsuite.desktop.ui.customers.RemindersViewModel;
import org.shopsuite.desktop.ui.manage.PromotionsViewModel;
import org.shopsuite.desktop.ui.manage.SettingsViewModel;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.desktop.ui.receipts.VoidInvoiceViewModel;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Promotion;
import org.shopsuite.model.PromotionInput;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.ReminderKind;
import org.shopsuite.model.ShopSettings;

/**
 * The settings' points and reminder fields, the promotions, the reminders and the customer card's
 * points: the ViewModels synchronously against a real in-process server with the demo shop.
 */
class LoyaltyViewModelsTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        server = new ServerFixture(dir.resolve("data"));
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

    private ShopClient api() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    @Test
    void theSettingsSendThePointAndReminderFieldsTheyShow() {
        SettingsViewModel vm = new SettingsViewModel(login("manager", Locale.ENGLISH), Tasks.direct());
        vm.refresh();
        assertThat(vm.pointValueProperty().get()).isEqualTo("1");
        assertThat(vm.earnRateProperty().get()).isEqualTo("3");
        assertThat(vm.depositPointsProperty().get()).isEqualTo("1000");
        assertThat(vm.reminderMonthsProperty().get()).isEqualTo("6");
        assertThat(vm.reminderKmProperty().get()).isEqualTo("10000");

        vm.earnRateProperty().set("120");
        vm.pointValueProperty().set("0");
        vm.save();
        assertThat(vm.fieldErrors()).containsOnlyKeys("pointsEarnRatePercent", "pointValue");

        vm.pointValueProperty().set("5");
        vm.earnRateProperty().set("2.5");
        vm.depositPointsProperty().set("500");
        vm.reminderMonthsProperty().set("12");
        vm.reminderKmProperty().set("15,000");
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        ShopSettings s = api().shop();
        assertThat(s.pointValue()).isEqualTo(5);
        assertThat(s.pointsEarnRatePercent()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(s.bookingDepositPoints()).isEqualTo(500);
        assertThat(s.serviceReminderMonths()).isEqualTo(12);
        assertThat(s.serviceReminderKm()).isEqualTo(15000);
        assertThat(s.laborRatePerHour()).as("the rest as it was").isEqualTo(66000);
    }

    @Test
    void aPromotionIsAddedEditedAndAStaleEditIsShownAsItNowStands() {
        PromotionsViewModel vm = new PromotionsViewModel(login("manager", Locale.ENGLISH), Tasks.direct());
        vm.load();
        assertThat(vm.promotions()).hasSize(2);

        vm.startNew();
        vm.nameProperty().set("Winter tyres");
        vm.kindProperty().set(PromotionKind.AMOUNT);
        vm.valueProperty().set("20000");
        vm.validDaysProperty().set("14");
        vm.save();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.promotions()).hasSize(3);
        Promotion added = vm.selectedProperty().get();
        assertThat(added.name()).isEqualTo("Winter tyres");
        assertThat(added.value()).isEqualTo(20000);
        assertThat(vm.messageProperty().get()).isEqualTo("Promotion Winter tyres added");
        assertThat(vm.text(added)).isEqualTo("Winter tyres\n₩20,000 off   14 days   On booking");

        vm.activeProperty().set(false);
        vm.save();
        assertThat(vm.selectedProperty().get().active()).isFalse();
        assertThat(vm.selectedProperty().get().version()).isGreaterThan(added.version());

        Promotion now = vm.selectedProperty().get();
        api().updatePromotion(
                        now.id(),
                        now.version(),
                        new PromotionInput(
                                "Winter tyres 2",
                                now.kind(),
                                now.value(),
                                now.validDays(),
                                now.trigger(),
                                now.active()));
        vm.nameProperty().set("Mine");
        vm.save();
        assertThat(vm.errorProperty().get()).startsWith("Someone changed this promotion meanwhile");
        assertThat(vm.nameProperty().get()).as("shown as it now stands").isEqualTo("Winter tyres 2");
    }

    @Test
    void theDaysRemindersAreQueuedOnceAndTheQueueSavedAsCsv() throws Exception {
        RemindersViewModel vm = new RemindersViewModel(login("counter", Locale.ENGLISH), Tasks.direct());
        vm.load();
        assertThat(vm.items()).isNotEmpty();
        assertThat(vm.items())
                .allMatch(r -> r.kind() == ReminderKind.APPOINTMENT || r.kind() == ReminderKind.SERVICE_DUE);
        long consenting = vm.items().stream().filter(r -> r.consentToMessages()).count();
        long without = vm.items().size() - consenting;

        vm.queue();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get())
                .as("the demo queued them already")
                .isEqualTo("0 queued, " + consenting + " already queued, " + without + " without consent to messages");
        assertThat(vm.items()).filteredOn(r -> r.consentToMessages()).allMatch(r -> r.queued());

        Path csv = dir.resolve(vm.fileName());
        vm.saveCsv(csv);
        assertThat(vm.errorProperty().get()).isEmpty();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("customerName").contains("phone");
        assertThat(lines).hasSize(1 + (int) consenting);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + csv.getFileName());
    }

    @Test
    void voidingAnInvoicePaidWithPointsAsksNoRefundMethodAndGivesThePointsBack() {
        ShopClient api = api();
        var r = api.receipts("송혜교", null, null, null, 5).items().get(0);
        api.pay(r.invoiceId(), new PaymentInput(1000L, PaymentMethod.POINTS), ShopClient.newIdempotencyKey());
        assertThat(api.points(r.customerId()).balance()).isZero();
        ReceiptsViewModel receipts = InvoiceCorrectionViewModelTest.open(login("manager", Locale.ENGLISH), "송혜교");
        VoidInvoiceViewModel form = receipts.voidForm();
        assertThat(form.refundNeededProperty().get())
                .as("nothing paid in money")
                .isFalse();
        assertThat(form.refundMethodProperty().get()).isNull();
        assertThat(form.refundTextProperty().get())
                .isEqualTo("₩1,000 was paid with points: they go back to the customer's points.");
        form.reasonProperty().set("wrong car");
        AtomicReference<Invoice> voided = new AtomicReference<>();
        form.submit(voided::set);
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(voided.get().status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(api.points(r.customerId()).balance()).isEqualTo(1000);
    }

    @Test
    void theCardShowsTheCustomersPointsAndCoupons() {
        Session s = login("counter", Locale.KOREAN);
        CustomersViewModel vm = new CustomersViewModel(s, Tasks.direct());
        vm.queryProperty().set("송혜교");
        vm.search();
        Customer c = vm.results().get(0);
        vm.select(c);
        assertThat(vm.points().balanceProperty().get()).isEqualTo(1000);
        assertThat(vm.points().balanceTextProperty().get()).isEqualTo("1,000포인트 (₩1,000)");
        assertThat(vm.points().entries()).isNotEmpty();
        assertThat(vm.points().coupons()).hasSize(1);
        assertThat(vm.points().discount(vm.points().coupons().get(0))).isEqualTo("공임 10% 할인");
        assertThat(vm.points().status(vm.points().coupons().get(0))).isEqualTo("사용 가능");
        assertThat(vm.sellPointsForm()).isNotNull();
    }
}
