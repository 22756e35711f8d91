package org.shopsuite.desktop.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleLineInput;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;

/** The counter's ViewModels, synchronously against a real in-process server with the demo shop. */
class SaleViewModelTest {
    static final String WIPER_600 = "8801234500073"; // 14,000 won; 12 in stock, 2 sold in the demo
    static final String BATTERY = "8801234500103"; // 145,000 won; 4 in stock, 1 paid and reserved

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

    private Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    private static void scan(SaleViewModel vm, String code) {
        vm.scanProperty().set(code);
        vm.scan();
    }

    private static VehiclePart part(Session s, String barcode) {
        return s.client().parts(barcode).stream()
                .filter(p -> barcode.equals(p.barcode()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBarcodeScannedTwiceIsOneLineOfTwoWithTheSumsAndTheAmountPrefilled() {
        SaleViewModel vm = new SaleViewModel(login("counter", Locale.ENGLISH), Tasks.direct());
        scan(vm, WIPER_600);
        scan(vm, WIPER_600);
        assertThat(vm.lines()).hasSize(1);
        assertThat(vm.lines().get(0).quantity()).isEqualTo(2);
        assertThat(vm.scanProperty().get()).as("ready for the next scan").isEmpty();
        assertThat(vm.subtotalProperty().get()).isEqualTo(28_000);
        assertThat(vm.taxProperty().get()).isEqualTo(2_800);
        assertThat(vm.totalProperty().get()).isEqualTo(30_800);
        assertThat(vm.receivedProperty().get()).isEqualTo("30800");
        assertThat(vm.changeTextProperty().get()).isEmpty();
    }

    @Test
    void anUnknownBarcodeIsSignalledAndAddsNothing() {
        SaleViewModel vm = new SaleViewModel(login("counter", Locale.ENGLISH), Tasks.direct());
        scan(vm, "0000000000000");
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.scanErrorProperty().get()).contains("0000000000000").contains("nothing was added");
        assertThat(vm.unknownScansProperty().get()).isEqualTo(1);
        vm.scanProperty().set("");
        assertThat(vm.scanErrorProperty().get())
                .as("typing again clears the signal")
                .isEmpty();
    }

    @Test
    void aNameOffersTheCatalogueToPickFrom() {
        SaleViewModel vm = new SaleViewModel(login("counter", Locale.ENGLISH), Tasks.direct());
        vm.scanProperty().set("wiper");
        assertThat(vm.matches()).extracting(VehiclePart::partId).contains("WB-600", "WB-400");
        vm.scan();
        assertThat(vm.offersProperty().get())
                .as("Enter on a name moves to the list")
                .isEqualTo(1);
        assertThat(vm.lines()).isEmpty();
        vm.pick(vm.matches().stream()
                .filter(p -> p.partId().equals("WB-400"))
                .findFirst()
                .orElseThrow());
        assertThat(vm.lines()).extracting(l -> l.part().partId()).containsExactly("WB-400");
        assertThat(vm.matches()).isEmpty();
    }

    @Test
    void cashAboveTheTotalShowsTheChangeDueAndTheSaleRecordsIt() {
        Session desk = login("counter", Locale.ENGLISH);
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, WIPER_600);
        scan(vm, WIPER_600);
        vm.receivedProperty().set("40000");
        assertThat(vm.changeTextProperty().get()).isEqualTo("Change due: ₩9,200");
        vm.methodProperty().set(PaymentMethod.CARD);
        assertThat(vm.changeTextProperty().get()).as("no change on a card").isEmpty();
        assertThat(vm.receivedProperty().get())
                .as("a card pays the total exactly")
                .isEqualTo("30800");
        vm.methodProperty().set(PaymentMethod.CASH);
        vm.receivedProperty().set("40000");

        vm.pay();
        CounterSale sale = vm.saleProperty().get();
        assertThat(sale).as(vm.errorProperty().get()).isNotNull();
        assertThat(sale.total()).isEqualTo(vm.totalProperty().get());
        assertThat(sale.tax()).isEqualTo(vm.taxProperty().get());
        assertThat(sale.changeGiven()).isEqualTo(9_200);
        assertThat(vm.messageProperty().get()).contains("Sale " + sale.id()).contains("₩9,200");
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void aShortOrInexactPaymentIsRefusedBesideTheAmountAndNothingIsSent() {
        Session desk = login("counter", Locale.ENGLISH);
        int before = desk.client().counterSales(null, null).size();
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, WIPER_600);
        vm.receivedProperty().set("10000");
        vm.pay();
        assertThat(vm.fieldErrors().get("amount")).isEqualTo("Short: ₩15,400 is due, ₩10,000 was given");
        vm.methodProperty().set(PaymentMethod.CARD);
        vm.receivedProperty().set("20000");
        vm.pay();
        assertThat(vm.fieldErrors().get("amount")).isEqualTo("Card payments must be exactly the total, ₩15,400");
        assertThat(vm.saleProperty().get()).isNull();
        assertThat(desk.client().counterSales(null, null)).hasSize(before);
    }

    @Test
    void theServersShortPaymentRefusalShowsTheAmountDueBesideTheAmount() {
        Session desk = login("counter", Locale.ENGLISH);
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, WIPER_600);
        assertThat(vm.totalProperty().get()).isEqualTo(15_400);
        // the price goes up after the scan: the server charges 16,000 + 1,600 and refuses 15,400
        Session manager = login("manager", Locale.ENGLISH);
        VehiclePart wiper = part(manager, WIPER_600);
        manager.client()
                .updatePart(
                        wiper.id(),
                        wiper.version(),
                        new VehiclePartInput(
                                wiper.partId(),
                                wiper.partName(),
                                null,
                                16_000L,
                                wiper.costPrice(),
                                wiper.reorderPoint(),
                                wiper.barcode(),
                                wiper.defaultSupplierId(),
                                wiper.coreCharge()));
        vm.pay();
        assertThat(vm.saleProperty().get()).isNull();
        assertThat(vm.fieldErrors().get("amount")).isEqualTo("Not enough: ₩17,600 is due");
        assertThat(vm.errorProperty().get()).isEqualTo("Nothing was sold.");
        assertThat(vm.totalProperty().get()).as("the price read again").isEqualTo(17_600);
        assertThat(vm.receivedProperty().get()).as("the amount typed stays").isEqualTo("15400");
        vm.receivedProperty().set("17600");
        vm.pay();
        assertThat(vm.saleProperty().get().total()).isEqualTo(17_600);
    }

    @Test
    void moreThanIsAvailableIsRefusedBeforeSendingAndTheServersRefusalNamesThePart() {
        Session desk = login("counter", Locale.ENGLISH);
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, BATTERY);
        SaleLine line = vm.lines().get(0);
        assertThat(line.part().available()).isEqualTo(3);
        assertThat(vm.setQuantity(line, 4)).isFalse();
        assertThat(line.quantity()).isEqualTo(1);
        assertThat(vm.fieldErrors().get("lines")).isEqualTo("Only 3 of 배터리 80Ah (Battery 80Ah) available");
        assertThat(vm.setQuantity(line, 3)).isTrue();
        assertThat(vm.fieldErrors()).doesNotContainKey("lines");

        // someone else sells one meanwhile: the server refuses, nothing is sold
        VehiclePart battery = part(desk, BATTERY);
        desk.client()
                .sell(
                        new CounterSaleInput(
                                null,
                                List.of(new CounterSaleLineInput(battery.id(), 1)),
                                new PaymentInput(159_500L, PaymentMethod.CARD)),
                        ShopClient.newIdempotencyKey());
        vm.pay();
        assertThat(vm.saleProperty().get()).isNull();
        assertThat(vm.fieldErrors().get("lines")).isEqualTo("Only 2 of 배터리 80Ah (Battery 80Ah) available");
        assertThat(part(desk, BATTERY).available()).isEqualTo(2);
        assertThat(line.part().available()).as("what is available, read again").isEqualTo(2);
    }

    @Test
    void handingOverTakesTheUnitsOutOfStockAndNewSaleClearsTheForm() {
        Session desk = login("counter", Locale.ENGLISH);
        int stock = part(desk, WIPER_600).stock();
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, WIPER_600);
        scan(vm, WIPER_600);
        vm.pay();
        assertThat(vm.canHandOverProperty().get()).isTrue();
        assertThat(part(desk, WIPER_600).stock())
                .as("paid: reserved, still on the shelf")
                .isEqualTo(stock);
        vm.handOver();
        assertThat(vm.saleProperty().get().status()).isEqualTo(CounterSaleStatus.HANDED_OVER);
        assertThat(vm.canHandOverProperty().get()).isFalse();
        assertThat(part(desk, WIPER_600).stock()).isEqualTo(stock - 2);

        vm.newSale();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.saleProperty().get()).isNull();
        assertThat(vm.receivedProperty().get()).isEmpty();
        assertThat(vm.editingProperty().get()).isTrue();
    }

    @Test
    void theDashboardListsTheDaysSalesAndCancelsOrReturnsWithAReason() {
        Session desk = login("counter", Locale.ENGLISH);
        SalesViewModel sales = new SalesViewModel(desk, Tasks.direct());
        assertThat(sales.dateProperty().get())
                .isEqualTo(LocalDate.now(ZoneId.of(desk.shop().timezone())));
        sales.refresh();
        assertThat(sales.sales()).hasSize(4);
        CounterSale paid = sales.sales().stream()
                .filter(s -> s.status() == CounterSaleStatus.PAID)
                .findFirst()
                .orElseThrow();
        assertThat(sales.status(paid)).isEqualTo("Paid");
        assertThat(sales.parts(paid)).isEqualTo("배터리 80Ah (Battery 80Ah)");
        sales.statusProperty().set(CounterSaleStatus.CANCELLED);
        assertThat(sales.sales()).extracting(CounterSale::status).containsOnly(CounterSaleStatus.CANCELLED);
        sales.statusProperty().set(null);

        sales.selectedProperty().set(paid);
        assertThat(sales.canCancelProperty().get()).isTrue();
        assertThat(sales.canReturnProperty().get()).isFalse();
        CancelSaleViewModel cancel = sales.cancelForm();
        assertThat(cancel.isReturn()).isFalse();
        cancel.submit(sales::cancelled);
        assertThat(cancel.fieldErrors().get("reason")).isEqualTo("Required");
        assertThat(desk.client().counterSale(paid.id()).status()).isEqualTo(CounterSaleStatus.PAID);
        cancel.reasonProperty().set("customer changed their mind");
        cancel.submit(sales::cancelled);
        assertThat(sales.selectedProperty().get().status()).isEqualTo(CounterSaleStatus.CANCELLED);
        assertThat(sales.messageProperty().get()).contains("cancelled").contains("₩159,500 refunded");

        CounterSale handed = sales.sales().stream()
                .filter(s -> s.status() == CounterSaleStatus.HANDED_OVER)
                .findFirst()
                .orElseThrow();
        sales.selectedProperty().set(handed);
        assertThat(sales.canReturnProperty().get()).isTrue();
        CancelSaleViewModel back = sales.cancelForm();
        assertThat(back.isReturn()).isTrue();
        back.reasonProperty().set("wrong length");
        back.submit(sales::cancelled);
        assertThat(desk.client().counterSale(handed.id()).status()).isEqualTo(CounterSaleStatus.RETURNED);
    }

    @Test
    void aCustomerFoundByNameIsTheSalesAndABlankFieldMakesItAWalkIn() {
        Session desk = login("counter", Locale.ENGLISH);
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        vm.customerQueryProperty().set("송혜교");
        vm.findCustomers();
        assertThat(vm.customerProperty().get()).isNotNull();
        assertThat(vm.customerText(vm.customerProperty().get())).startsWith("송혜교");
        vm.customerQueryProperty().set("nobody-like-this");
        vm.findCustomers();
        assertThat(vm.fieldErrors().get("customer")).isEqualTo("No customer matches \"nobody-like-this\"");
        vm.customerQueryProperty().set("송혜교");
        vm.findCustomers();
        long id = vm.customerProperty().get().id();
        scan(vm, WIPER_600);
        vm.pay();
        assertThat(vm.saleProperty().get().customerId()).isEqualTo(id);
        vm.newSale();
        assertThat(vm.customerProperty().get()).isNull();
        assertThat(vm.customerText(null)).isEqualTo("Walk-in (no customer)");
    }

    @Test
    void theSlipIsTheServersPdfSavedUnderTheSalesNumber() throws Exception {
        Session desk = login("counter", Locale.KOREAN);
        SalesViewModel sales = new SalesViewModel(desk, Tasks.direct());
        sales.refresh();
        CounterSale first = sales.sales().get(0);
        sales.selectedProperty().set(first);
        assertThat(sales.slipFileName()).isEqualTo("판매영수증-" + first.id() + ".pdf");
        Path file = dir.resolve(sales.slipFileName());
        sales.saveSlip(file);
        assertThat(sales.errorProperty().get()).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(file))
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(sales.messageProperty().get()).contains(file.getFileName().toString());
    }

    @Test
    void theSaleJustMadeFollowsAHandoverAtAnotherDesk() {
        Session desk = login("counter", Locale.ENGLISH);
        SaleViewModel vm = new SaleViewModel(desk, Tasks.direct());
        scan(vm, WIPER_600);
        vm.pay();
        long id = vm.saleProperty().get().id();
        login("manager", Locale.ENGLISH).client().handOver(id, ShopClient.newIdempotencyKey());
        org.shopsuite.model.Event handedOver = new org.shopsuite.model.Event(
                1,
                org.shopsuite.model.EventType.CounterSaleHandedOver,
                java.time.Instant.now(),
                "manager",
                null,
                null,
                new org.shopsuite.model.event.CounterSaleHandedOver(id, List.of()));
        vm.onEvent(handedOver);
        assertThat(vm.saleProperty().get().status()).isEqualTo(CounterSaleStatus.HANDED_OVER);
        assertThat(vm.canHandOverProperty().get()).isFalse();
    }

    @Test
    void aSaleHandedOverAtAnotherDeskMeanwhileIsSaidInTheUsersLanguageAndReloaded() {
        Session desk = login("counter", Locale.KOREAN);
        SalesViewModel sales = new SalesViewModel(desk, Tasks.direct());
        sales.refresh();
        CounterSale paid = sales.sales().stream()
                .filter(s -> s.status() == CounterSaleStatus.PAID)
                .findFirst()
                .orElseThrow();
        sales.selectedProperty().set(paid);
        login("manager", Locale.ENGLISH).client().handOver(paid.id(), ShopClient.newIdempotencyKey());
        sales.handOver();
        assertThat(sales.errorProperty().get())
                .isEqualTo("판매 " + paid.id() + "번이 그사이 (다른 자리에서) 바뀌었습니다: 지금 상태로 보여 줍니다.");
        assertThat(sales.selectedProperty().get().status()).isEqualTo(CounterSaleStatus.HANDED_OVER);
    }
}
