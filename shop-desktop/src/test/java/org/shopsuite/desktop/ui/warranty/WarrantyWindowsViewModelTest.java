package org.shopsuite.desktop.ui.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.WarrantyWindow;

/**
 * The warranty windows form against a real server: the law's rows until the shop sets its own,
 * rows added, moved and removed, saved on their own (the other settings untouched), a blank or
 * refused row named by its field, and a change made at another desk meanwhile.
 */
class WarrantyWindowsViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    Session login(String user) {
        return server.session(prefs, user, Locale.ENGLISH);
    }

    ShopClient manager() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    @Test
    void theLawsRowsAreShownUntilTheShopSetsItsOwnAndANewRowIsSavedWithoutTheOtherSettings() {
        WarrantyWindowsViewModel vm = new WarrantyWindowsViewModel(login("manager"), Tasks.direct());
        vm.load();
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.rows().get(0).daysProperty().get()).isEqualTo("90");
        assertThat(vm.rows().get(0).monthsProperty().get()).isEqualTo("12");
        assertThat(vm.rows().get(0).kmProperty().get()).isEqualTo("20000");
        assertThat(vm.rows().get(2).monthsProperty().get()).isEmpty(); // every car

        long cashFloat = manager().shop().openingCashFloat();
        String name = manager().shop().name();

        // a young car's row first: 6 months or 10,000 km, 120 days
        vm.add();
        WarrantyWindowsViewModel.Row young = vm.rows().get(3);
        young.monthsProperty().set("6");
        young.kmProperty().set("10,000");
        young.daysProperty().set("120");
        vm.move(young, -1);
        vm.move(young, -1);
        vm.move(young, -1);
        vm.move(young, -1); // already first: stays
        assertThat(vm.rows().indexOf(young)).isZero();
        AtomicBoolean done = new AtomicBoolean();
        vm.save(() -> done.set(true));
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(done).isTrue();

        assertThat(manager().shop().warrantyWindows())
                .containsExactly(
                        new WarrantyWindow(6, 10_000, 120),
                        new WarrantyWindow(12, 20_000, 90),
                        new WarrantyWindow(36, 60_000, 60),
                        new WarrantyWindow(null, null, 30));
        assertThat(manager().shop().openingCashFloat()).isEqualTo(cashFloat);
        assertThat(manager().shop().name()).isEqualTo(name);

        // removed again, and back to the law's rows
        vm.remove(vm.rows().get(0));
        assertThat(vm.rows()).hasSize(3);
        vm.legalDefaults();
        vm.save(() -> {});
        assertThat(manager().shop().warrantyWindows()).hasSize(3);
        assertThat(manager().shop().warrantyWindows().get(0).days()).isEqualTo(90);
    }

    @Test
    void aRowWithoutDaysOrRefusedByTheServerIsNamedByItsFieldAndNothingIsSaved() {
        WarrantyWindowsViewModel vm = new WarrantyWindowsViewModel(login("manager"), Tasks.direct());
        vm.load();
        vm.rows().get(1).daysProperty().set("");
        vm.rows().get(2).kmProperty().set("lots");
        AtomicBoolean done = new AtomicBoolean();
        vm.save(() -> done.set(true));
        assertThat(done).isFalse();
        assertThat(vm.fieldErrors()).containsKeys("warrantyWindows[1].days", "warrantyWindows[2].maxKm");

        // typed as numbers, but out of the server's range (at most 3,650 days)
        vm.rows().get(1).daysProperty().set("60");
        vm.rows().get(2).kmProperty().set("");
        vm.rows().get(2).daysProperty().set("5000");
        vm.save(() -> done.set(true));
        assertThat(done).isFalse();
        assertThat(vm.fieldErrors()).containsOnlyKeys("warrantyWindows[2].days");
        assertThat(manager().shop().warrantyWindows().get(2).days()).isEqualTo(30);

        // the last row cannot go: there is always one
        vm.legalDefaults();
        vm.remove(vm.rows().get(0));
        vm.remove(vm.rows().get(0));
        vm.remove(vm.rows().get(0));
        assertThat(vm.rows()).hasSize(1);
        for (int i = 0; i < 20; i++) {
            vm.add();
        }
        assertThat(vm.rows()).hasSize(WarrantyWindowsViewModel.MAX_ROWS);
    }

    @Test
    void aChangeMadeAtAnotherDeskMeanwhileIsSaidAndTheNextSaveGoesThrough() {
        WarrantyWindowsViewModel vm = new WarrantyWindowsViewModel(login("manager"), Tasks.direct());
        vm.load();
        ShopClient other = manager();
        var s = other.shop();
        other.updateShop(
                s.version(),
                new org.shopsuite.model.ShopSettings(
                        s.name(),
                        "다른 주소",
                        s.phone(),
                        null,
                        null,
                        s.currency(),
                        s.laborRatePerHour(),
                        s.taxRatePercent(),
                        s.timezone(),
                        s.invoicePrefix(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        vm.rows().get(2).daysProperty().set("45");
        AtomicBoolean done = new AtomicBoolean();
        vm.save(() -> done.set(true));
        assertThat(done).isFalse();
        assertThat(vm.errorProperty().get()).contains("another desk");
        assertThat(vm.rows().get(2).daysProperty().get()).isEqualTo("45"); // what was typed stays
        vm.save(() -> done.set(true));
        assertThat(done).isTrue();
        assertThat(manager().shop().warrantyWindows().get(2).days()).isEqualTo(45);
        assertThat(manager().shop().address()).isEqualTo("다른 주소");
    }
}
