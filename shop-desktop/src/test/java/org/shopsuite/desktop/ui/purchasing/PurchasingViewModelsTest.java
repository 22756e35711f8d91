package org.shopsuite.desktop.ui.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;

/** The purchasing ViewModels, synchronously against a real server with the demo shop. */
class PurchasingViewModelsTest {
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

    private Session manager() {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set("manager");
        vm.passwordProperty().set(ServerFixture.PASSWORD);
        vm.languageProperty().set(Locale.ENGLISH);
        AtomicReference<Session> session = new AtomicReference<>();
        vm.login(session::set);
        assertThat(session.get()).as(vm.errorProperty().get()).isNotNull();
        return session.get();
    }

    @ParameterizedTest(name = "reorder point {0}, available {1}: order {2}")
    @CsvSource(textBlock = """
            5, 2, 8
            5, 5, 5
            5, 0, 10
            3, 7, 1
            0, 0, 1
            10, -2, 22
            """)
    void theSuggestionFillsUpToTwiceTheReorderPointAndIsAtLeastOne(int reorderPoint, int available, int expected) {
        assertThat(LowStockPlan.suggest(reorderPoint, available)).isEqualTo(expected);
    }

    @Test
    void orderLowStockSuggestsEveryLowPartAndMakesOneDraftPerSupplier() {
        Session s = manager();
        LowStockViewModel vm = new LowStockViewModel(s, Tasks.direct());
        vm.load(() -> {});
        List<VehiclePart> low = s.client().catalogue(null, true);
        assertThat(low).as("the demo shop has parts low on stock").hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.rows())
                .extracting(r -> r.part().id())
                .containsExactlyElementsOf(low.stream().map(VehiclePart::id).toList());
        for (LowStockViewModel.Row r : vm.rows()) {
            assertThat(r.quantityProperty().get())
                    .isEqualTo(Integer.toString(
                            Math.max(1, 2 * r.part().reorderPoint() - r.part().available())));
        }

        // Demo parts have no default supplier: nothing is made until each row has one.
        List<PurchaseOrder> made = new ArrayList<>();
        vm.create(made::addAll);
        assertThat(made).isEmpty();
        assertThat(vm.rows().get(0).errorProperty().get()).isEqualTo("Choose a supplier for this part");

        Supplier a = vm.suppliers().get(0);
        Supplier b = vm.suppliers().get(1);
        vm.rows().forEach(r -> r.supplierProperty().set(a));
        vm.rows().get(1).supplierProperty().set(b);
        vm.rows().get(1).quantityProperty().set("7");
        int before = s.client().purchaseOrders(PurchaseOrderStatus.DRAFT, null).size();
        vm.create(made::addAll);
        assertThat(made).hasSize(2);
        assertThat(made).allMatch(o -> o.status() == PurchaseOrderStatus.DRAFT);
        PurchaseOrder toA =
                made.stream().filter(o -> o.supplierId() == a.id()).findFirst().orElseThrow();
        PurchaseOrder toB =
                made.stream().filter(o -> o.supplierId() == b.id()).findFirst().orElseThrow();
        assertThat(toA.lines()).hasSize(vm.rows().size() - 1);
        assertThat(toB.lines()).singleElement().satisfies(l -> {
            assertThat(l.vehiclePartId()).isEqualTo(vm.rows().get(1).part().id());
            assertThat(l.quantity()).isEqualTo(7);
            assertThat(l.unitCost()).isEqualTo(vm.rows().get(1).part().costPrice());
        });
        assertThat(s.client().purchaseOrders(PurchaseOrderStatus.DRAFT, null)).hasSize(before + 2);

        // Create again (say the answer was lost): no second set of drafts.
        vm.create(made::addAll);
        assertThat(s.client().purchaseOrders(PurchaseOrderStatus.DRAFT, null)).hasSize(before + 2);
    }

    @Test
    void receivingCountsEachScanAgainstWhatIsOutstandingAndRefusesAnOverReceiptUntilAllowed() {
        Session s = manager();
        PurchaseOrder tyres = s.client()
                .purchaseOrders(PurchaseOrderStatus.PARTIALLY_RECEIVED, null)
                .get(0);
        VehiclePart tyre = s.client().catalogue(null, false).stream()
                .filter(p -> p.id() == tyres.lines().get(0).vehiclePartId())
                .findFirst()
                .orElseThrow();
        AtomicInteger beeps = new AtomicInteger();
        ReceiveViewModel vm = new ReceiveViewModel(s, Tasks.direct(), tyres, beeps::incrementAndGet);
        vm.load();
        ReceiveViewModel.Line line = vm.lines().get(0);
        assertThat(line.ordered()).isEqualTo(8);
        assertThat(line.outstanding()).isEqualTo(4);
        assertThat(vm.count(line)).isEqualTo("0 / 4");

        vm.scanProperty().set(tyre.barcode());
        vm.scan();
        assertThat(vm.count(line)).isEqualTo("1 / 4");
        assertThat(vm.scanProperty().get()).as("ready for the next scan").isEmpty();
        vm.quantityProperty().set("2");
        vm.scanProperty().set(tyre.partId());
        vm.scan();
        assertThat(vm.count(line)).isEqualTo("3 / 4");
        assertThat(vm.quantityProperty().get())
                .as("a typed count is for one scan")
                .isEmpty();

        vm.scanProperty().set("0000000000000");
        vm.scan();
        assertThat(vm.unknownProperty().get()).isEqualTo("Not on this order: 0000000000000. Nothing was counted.");
        assertThat(beeps).hasValue(1);
        assertThat(vm.count(line)).isEqualTo("3 / 4");

        vm.scanProperty().set(tyre.barcode());
        assertThat(vm.unknownProperty().get())
                .as("the next scan clears the signal")
                .isEmpty();
        vm.scan();
        vm.scanProperty().set(tyre.barcode());
        vm.scan();
        assertThat(vm.count(line)).isEqualTo("5 / 4 - over");
        assertThat(line.overProperty().get()).isTrue();
        assertThat(vm.anyOverProperty().get()).isTrue();

        AtomicReference<PurchaseOrder> posted = new AtomicReference<>();
        vm.post(posted::set);
        assertThat(posted.get()).isNull();
        assertThat(vm.errorProperty().get()).startsWith("More than outstanding came on a line");
        assertThat(s.client().purchaseOrder(tyres.id()).lines().get(0).receivedQuantity())
                .isEqualTo(4);

        vm.allowOverProperty().set(true);
        vm.invoiceNumberProperty().set("HB-20261128-02");
        vm.post(posted::set);
        assertThat(posted.get()).as(vm.errorProperty().get()).isNotNull();
        assertThat(posted.get().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(posted.get().deliveries()).last().satisfies(d -> {
            assertThat(d.overReceived()).isTrue();
            assertThat(d.vendorInvoiceNumber()).isEqualTo("HB-20261128-02");
        });
        VehiclePart after = s.client().catalogue(tyre.partId(), false).get(0);
        assertThat(after.stock()).isEqualTo(tyre.stock() + 5);
    }
}
