package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.stock.ReconciliationViewModel;
import org.shopsuite.desktop.ui.stock.StockCountViewModel;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.StockCount;
import org.shopsuite.model.StockCountLine;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.event.StockCountScanned;
import org.shopsuite.model.event.StockCountStarted;

/** The stock count and reconciliation view models, synchronously, against the demo shop. */
class StockViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;
    Session manager;
    ShopClient other;

    @BeforeEach
    void setUp() throws Exception {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
        LoginViewModel login = new LoginViewModel(Tasks.direct(), prefs);
        login.serverProperty().set(server.url());
        login.usernameProperty().set("manager");
        login.passwordProperty().set(ServerFixture.PASSWORD);
        login.languageProperty().set(Locale.ENGLISH);
        AtomicReference<Session> s = new AtomicReference<>();
        login.login(s::set);
        manager = s.get();
        other = StockScreensTest.manager(server);
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    private static Event event(EventType type, org.shopsuite.model.event.EventData data) {
        return new Event(1, type, Instant.now(), "manager", null, null, data);
    }

    @Test
    void aLowStockCountHasTheLowStockPartsAndPostingWarnsOfPartsNobodyScanned() {
        StockCountViewModel vm = new StockCountViewModel(manager, Tasks.direct(), prefs);
        vm.lowStockOnlyProperty().set(true);
        vm.start();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.lines().stream().map(StockCountLine::partId))
                .containsExactlyInAnyOrderElementsOf(other.catalogue(null, true).stream()
                        .map(VehiclePart::partId)
                        .toList());
        StockCountLine first = vm.lines().get(0);
        VehiclePart part = other.catalogue(first.partId(), false).get(0);
        vm.scanProperty().set(part.barcode());
        vm.quantityProperty().set(Integer.toString(first.expected() + 1));
        vm.scan();
        assertThat(vm.lines().get(0).difference()).isEqualTo(1);
        String question = vm.postConfirmation();
        assertThat(question).contains("1 units added");
        assertThat(vm.lines().stream().filter(l -> l.scans() == 0 && l.expected() > 0))
                .as("low-stock parts with some on the shelf, not scanned")
                .isNotEmpty();
        assertThat(question).contains("were not scanned at all: they are counted as none");
    }

    @Test
    void aTypedQuantityThatIsNotANumberIsRefusedWithoutAScan() {
        StockCountViewModel vm = new StockCountViewModel(manager, Tasks.direct(), prefs);
        vm.partQueryProperty().set("WF-2L");
        vm.start();
        vm.quantityProperty().set("two");
        vm.scanProperty().set(StockScreensTest.WASHER_FLUID);
        vm.scan();
        assertThat(vm.errorProperty().get()).isEqualTo("The quantity must be a whole number");
        assertThat(vm.lines().get(0).scans()).isZero();
    }

    @Test
    void anotherScannersCountsAndASheetStartedElsewhereShowHereAndTheSheetIsRememberedForNextTime() {
        StockCountViewModel vm = new StockCountViewModel(manager, Tasks.direct(), prefs);
        vm.reopen();
        assertThat(vm.sheetProperty().get()).as("nothing remembered yet").isNull();

        // a count started on another desk opens here, none being open
        StockCount elsewhere = other.startStockCount(
                java.util.List.of(other.catalogue("WF-2L", false).get(0).id()), ShopClient.newIdempotencyKey());
        vm.onEvent(event(EventType.StockCountStarted, new StockCountStarted(elsewhere.id(), 1)));
        assertThat(vm.sheetProperty().get().id()).isEqualTo(elsewhere.id());

        // the other scanner counts: the event reloads the sheet
        other.scan(
                elsewhere.id(), new ScanInput(StockScreensTest.WASHER_FLUID, null, 3), ShopClient.newIdempotencyKey());
        assertThat(vm.lines().get(0).counted()).isZero();
        vm.onEvent(event(
                EventType.StockCountScanned,
                new StockCountScanned(elsewhere.id(), vm.lines().get(0).vehiclePartId(), 3, 3)));
        assertThat(vm.lines().get(0).counted()).isEqualTo(3);
        assertThat(vm.totalsProperty().get()).contains("Scans: 1").contains("Units counted: 3");

        // the next start of the app opens it again
        StockCountViewModel next = new StockCountViewModel(manager, Tasks.direct(), prefs);
        next.reopen();
        assertThat(next.sheetProperty().get().id()).isEqualTo(elsewhere.id());
        assertThat(next.openProperty().get()).isTrue();

        // posted: read-only, and no longer reopened
        next.post();
        assertThat(next.openProperty().get()).isFalse();
        StockCountViewModel after = new StockCountViewModel(manager, Tasks.direct(), prefs);
        after.reopen();
        assertThat(after.sheetProperty().get()).isNull();
    }

    @Test
    void aScanOnASheetPostedOnAnotherDeskSaysSoInWordsAndTheSheetTurnsReadOnly() {
        StockCountViewModel here = new StockCountViewModel(manager, Tasks.direct(), prefs);
        here.partQueryProperty().set("WF-2L");
        here.start();
        long id = here.sheetProperty().get().id();
        other.postStockCount(id, ShopClient.newIdempotencyKey());
        here.scanProperty().set(StockScreensTest.WASHER_FLUID);
        here.scan();
        assertThat(here.errorProperty().get())
                .isEqualTo("Count " + id + " was posted meanwhile (on another desk): it is read-only now.");
        assertThat(here.openProperty().get()).isFalse();
    }

    @Test
    void theReconciliationIsSavedAsTheServersCsv() throws Exception {
        ReconciliationViewModel vm = new ReconciliationViewModel(manager, Tasks.direct());
        Path file = dir.resolve(vm.fileName());
        vm.saveCsv(file);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + file.getFileName());
        String csv = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("ALT-90A").contains("\n");
    }

    @Test
    void theReconciliationRefusesDatesTheWrongWayRoundAndFiltersToDifferences() {
        ReconciliationViewModel vm = new ReconciliationViewModel(manager, Tasks.direct());
        LocalDate from = vm.fromProperty().get();
        assertThat(from.getDayOfMonth()).isEqualTo(1);
        assertThat(vm.toProperty().get()).isAfterOrEqualTo(from);
        vm.load();
        int all = vm.rows().size();
        assertThat(all).isPositive();
        vm.onlyDifferencesProperty().set(true);
        assertThat(vm.rows()).isNotEmpty().allMatch(ReconciliationViewModel::differs);
        assertThat(vm.rows().size()).isLessThan(all);

        vm.fromProperty().set(vm.toProperty().get().plusDays(1));
        vm.load();
        assertThat(vm.errorProperty().get()).isEqualTo("The first day must not be after the last");
    }
}
