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
        assertThat(vm.lastProperty().get()).endsWith(": 5 / 4 - over");

        // A miscount is taken back with a negative count; 0 counts nothing.
        vm.quantityProperty().set("-2");
        vm.scanProperty().set(tyre.barcode());
        vm.scan();
        assertThat(vm.count(line)).isEqualTo("3 / 4");
        assertThat(line.overProperty().get()).isFalse();
        vm.quantityProperty().set("0");
        vm.scanProperty().set(tyre.barcode());
        vm.scan();
        assertThat(vm.errorProperty().get()).startsWith("The quantity must be a whole number other than 0");
        assertThat(vm.count(line)).isEqualTo("3 / 4");
        vm.quantityProperty().set("2");
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

    @Test
    void aDraftEditedMeanwhileIsReloadedAndSaidSoThenSaved() {
        Session s = manager();
        PurchaseOrder draft =
                s.client().purchaseOrders(PurchaseOrderStatus.DRAFT, null).get(0);
        OrderFormViewModel mine = new OrderFormViewModel(s, Tasks.direct(), draft);
        mine.load(() -> {});
        assertThat(mine.supplierProperty().get().id()).isEqualTo(draft.supplierId());
        assertThat(mine.lines()).hasSize(draft.lines().size());

        // Someone else changes the quantity first.
        OrderFormViewModel theirs = new OrderFormViewModel(s, Tasks.direct(), draft);
        theirs.load(() -> {});
        theirs.lines().get(0).quantityProperty().set("9");
        AtomicReference<PurchaseOrder> saved = new AtomicReference<>();
        theirs.save(saved::set);
        assertThat(saved.get().lines().get(0).quantity()).isEqualTo(9);

        mine.lines().get(0).quantityProperty().set("4");
        saved.set(null);
        mine.save(saved::set);
        assertThat(saved.get())
                .as("refused: the draft changed since it was opened")
                .isNull();
        assertThat(mine.errorProperty().get()).startsWith("Someone changed this draft meanwhile");
        assertThat(mine.lines().get(0).quantityProperty().get())
                .as("theirs is shown")
                .isEqualTo("9");

        mine.lines().get(0).quantityProperty().set("4");
        mine.save(saved::set);
        assertThat(saved.get().lines().get(0).quantity()).isEqualTo(4);
    }

    @Test
    void aNewOrderTakesTheCostPriceAndNeedsASupplierAndAPart() {
        Session s = manager();
        OrderFormViewModel vm = new OrderFormViewModel(s, Tasks.direct(), null);
        vm.load(() -> {});
        AtomicReference<PurchaseOrder> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(vm.fieldErrors()).containsKeys("supplierId", "lines[0].vehiclePartId");

        VehiclePart part = vm.parts().get(3);
        vm.supplierProperty().set(vm.suppliers().get(0));
        vm.lines().get(0).partProperty().set(part);
        assertThat(vm.lines().get(0).unitCostProperty().get()).isEqualTo(Long.toString(part.costPrice()));
        vm.lines().get(0).quantityProperty().set("5");
        vm.save(saved::set);
        assertThat(saved.get().status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(saved.get().total()).isEqualTo(5 * part.costPrice());
    }

    @Test
    void aSupplierIsEditedWithItsVersionAndTheServersFieldErrorsSitBesideTheFields() {
        Session s = manager();
        Supplier daehan = s.client().suppliers(false).get(0);
        SupplierFormViewModel vm = new SupplierFormViewModel(s, Tasks.direct(), daehan);
        assertThat(vm.nameProperty().get()).isEqualTo(daehan.name());
        vm.emailProperty().set("not-an-address");
        AtomicReference<Supplier> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(vm.fieldErrors()).containsEntry("email", "Must be an e-mail address (name@domain.tld)");

        vm.emailProperty().set("parts@daehan.example");
        vm.activeProperty().set(false);
        vm.save(saved::set);
        assertThat(saved.get().email()).isEqualTo("parts@daehan.example");
        assertThat(saved.get().active()).isFalse();

        // The form opened before that edit is refused (If-Match), not silently applied.
        SupplierFormViewModel stale = new SupplierFormViewModel(s, Tasks.direct(), daehan);
        stale.phoneProperty().set("02-000-0000");
        AtomicReference<Supplier> again = new AtomicReference<>();
        stale.save(again::set);
        assertThat(again.get()).isNull();
        assertThat(stale.errorProperty().get()).startsWith("Someone changed this supplier meanwhile");

        SuppliersViewModel list = new SuppliersViewModel(s, Tasks.direct());
        list.refresh();
        assertThat(list.suppliers()).noneMatch(x -> x.id() == daehan.id());
        list.showInactiveProperty().set(true);
        assertThat(list.suppliers()).anyMatch(x -> x.id() == daehan.id());
    }

    @Test
    void aCoreReturnShowsItsAgeWhileOpenAndACreditClosesIt() {
        Session s = manager();
        ReturnsViewModel vm = new ReturnsViewModel(s, Tasks.direct());
        vm.statusProperty().set(org.shopsuite.model.VendorReturnStatus.OPEN);
        assertThat(vm.returns()).isNotEmpty();
        org.shopsuite.model.VendorReturn core = vm.returns().get(0);
        assertThat(vm.status(core)).isEqualTo("Open, today");
        assertThat(vm.part(core.lines().get(0).vehiclePartId())).startsWith("ALT-90A ");

        ReturnFormViewModel form = new ReturnFormViewModel(s, Tasks.direct());
        form.load(() -> {});
        VehiclePart part =
                form.parts().stream().filter(p -> p.stock() > 1).findFirst().orElseThrow();
        form.supplierProperty().set(form.suppliers().get(0));
        form.lines().get(0).partProperty().set(part);
        assertThat(form.lines().get(0).unitCostProperty().get()).isEqualTo(Long.toString(part.costPrice()));
        form.lines().get(0).reasonProperty().set("wrong size");
        AtomicReference<org.shopsuite.model.VendorReturn> made = new AtomicReference<>();
        form.save(made::set);
        assertThat(made.get().kind()).isEqualTo(org.shopsuite.model.VendorReturnKind.RETURN);
        assertThat(s.client().catalogue(part.partId(), false).get(0).stock()).isEqualTo(part.stock() - 1);

        vm.selectedProperty().set(core);
        javafx.collections.ObservableMap<String, String> errors = javafx.collections.FXCollections.observableHashMap();
        javafx.beans.property.StringProperty general = new javafx.beans.property.SimpleStringProperty("");
        boolean[] closed = {false};
        vm.credit("DH-CM-7", "abc", errors, general, ReturnsViewModel.newKey(), () -> closed[0] = true);
        assertThat(errors).containsKey("amount");
        assertThat(closed[0]).isFalse();
        vm.credit("DH-CM-7", "30000", errors, general, ReturnsViewModel.newKey(), () -> closed[0] = true);
        assertThat(closed[0]).as(general.get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Credit recorded for return #" + core.id() + ".");
        assertThat(vm.returns()).noneMatch(r -> r.id() == core.id());
    }

    @ParameterizedTest(name = "{0} {1} {2} days: {3}")
    @CsvSource(textBlock = """
            en, CORE,   OPEN,     0,  'Open, today'
            en, CORE,   OPEN,     1,  'Open, 1 day'
            en, CORE,   OPEN,     12, 'Open, 12 days'
            en, RETURN, OPEN,     12, Open
            en, CORE,   CREDITED, 0,  Credited
            ko, CORE,   OPEN,     0,  '정산 대기, 오늘'
            ko, CORE,   OPEN,     12, '정산 대기, 12일 경과'
            """)
    void anOpenCoreReturnShowsHowLongItHasWaited(
            String lang,
            org.shopsuite.model.VendorReturnKind kind,
            org.shopsuite.model.VendorReturnStatus status,
            long ageDays,
            String shown) {
        Session s = new Session(null, null, null, new org.shopsuite.desktop.ui.Messages(Locale.forLanguageTag(lang)));
        org.shopsuite.model.VendorReturn r = new org.shopsuite.model.VendorReturn(
                1, 1, "Daehan", kind, status, List.of(), 30_000, null, null, "manager", null, null, ageDays, 0);
        assertThat(new ReturnsViewModel(s, Tasks.direct()).status(r)).isEqualTo(shown);
    }
}
