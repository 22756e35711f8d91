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
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.manage.PartsViewModel;
import org.shopsuite.desktop.ui.manage.PeopleViewModel;
import org.shopsuite.desktop.ui.manage.SettingsViewModel;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Role;

/** The manager's screens, synchronously, against a real server with the demo shop. */
class ManagerViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;
    Session manager;

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
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    @Test
    void partsAreAddedEditedReceivedAndLedgered() {
        PartsViewModel vm = new PartsViewModel(manager, Tasks.direct());
        vm.refresh();
        assertThat(vm.parts()).hasSizeGreaterThanOrEqualTo(30);
        vm.lowStockOnlyProperty().set(true);
        assertThat(vm.parts()).isNotEmpty().allMatch(p -> p.lowStock());
        vm.lowStockOnlyProperty().set(false);

        vm.startNew();
        vm.partIdProperty().set("EO-0W20-4L");
        vm.partNameProperty().set("엔진오일 0W-20 4L (Engine oil 0W-20 4L)");
        vm.partPriceProperty().set("lots");
        vm.save();
        assertThat(vm.fieldErrors()).containsKey("partPrice");
        vm.partPriceProperty().set("52000");
        vm.initialStockProperty().set("6");
        vm.reorderPointProperty().set("2");
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.selectedProperty().get().partId()).isEqualTo("EO-0W20-4L");
        assertThat(vm.selectedProperty().get().stock()).isEqualTo(6);

        vm.partIdProperty().set("EO-5W30-4L"); // taken by another part
        vm.save();
        assertThat(vm.fieldErrors()).containsKey("partId");
        vm.partIdProperty().set("EO-0W20-4L");
        vm.partPriceProperty().set("54000");
        vm.save();
        assertThat(vm.selectedProperty().get().partPrice()).isEqualTo(54_000);

        vm.deltaProperty().set("12");
        vm.reasonProperty().set("입고 (delivery)");
        vm.adjust();
        assertThat(vm.selectedProperty().get().stock()).isEqualTo(18);
        assertThat(vm.ledger())
                .extracting(l -> l.kind())
                .containsExactly(MovementKind.ADJUSTMENT, MovementKind.INITIAL);
        vm.deltaProperty().set("-100");
        vm.reasonProperty().set("count");
        vm.adjust();
        assertThat(vm.fieldErrors()).containsKey("delta");
        assertThat(vm.selectedProperty().get().stock()).isEqualTo(18);
    }

    @Test
    void aStaleEditIsRefusedNotSilentlyOverwritten() {
        PartsViewModel mine = new PartsViewModel(manager, Tasks.direct());
        mine.refresh();
        mine.selectedProperty().set(mine.parts().get(0));
        ShopClient someoneElse = new ShopClient(server.url());
        someoneElse.login("admin", "admin-test-pw");
        var p = mine.parts().get(0);
        someoneElse.updatePart(
                p.id(),
                p.version(),
                new org.shopsuite.model.VehiclePartInput(
                        p.partId(),
                        p.partName(),
                        null,
                        99_000L,
                        p.costPrice(),
                        p.reorderPoint(),
                        p.barcode(),
                        null,
                        null));
        mine.partPriceProperty().set("1");
        mine.save();
        assertThat(mine.errorProperty().get()).contains("changed by someone else");
        assertThat(someoneElse.catalogue(p.partId(), false).get(0).partPrice()).isEqualTo(99_000);
    }

    @Test
    void mechanicsAndUsersAreManaged() {
        PeopleViewModel vm = new PeopleViewModel(manager, Tasks.direct());
        vm.refresh();
        assertThat(vm.mechanics()).hasSize(4);
        vm.newMechanic();
        vm.mechanicNameProperty().set("정해인");
        vm.capacityProperty().set("7.5");
        vm.saveMechanic();
        assertThat(vm.mechanics()).hasSize(5);
        var jung = vm.mechanicProperty().get();
        assertThat(jung.dailyCapacityHours()).isEqualByComparingTo("7.5");

        vm.newUser();
        vm.usernameProperty().set("jung");
        vm.roleProperty().set(Role.MECHANIC);
        vm.passwordProperty().set("short");
        vm.saveUser();
        assertThat(vm.fieldErrors()).containsKeys("mechanicId", "password");
        vm.userMechanicProperty().set(jung);
        vm.passwordProperty().set("Seoul-garage-42");
        vm.saveUser();
        assertThat(vm.userProperty().get().mechanicId()).isEqualTo(jung.id());
        ShopClient jungClient = new ShopClient(server.url());
        jungClient.login("jung", "Seoul-garage-42");

        vm.userActiveProperty().set(false);
        vm.saveUser();
        assertThat(vm.userProperty().get().active()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(jungClient::shop)
                .isInstanceOfSatisfying(
                        org.shopsuite.desktop.client.ApiError.class,
                        e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void theAuditTrailShowsWhoChangedAPart() {
        PartsViewModel parts = new PartsViewModel(manager, Tasks.direct());
        parts.refresh();
        parts.selectedProperty().set(parts.parts().get(0));
        parts.deltaProperty().set("3");
        parts.reasonProperty().set("delivery");
        parts.adjust();
        var audit = new org.shopsuite.desktop.ui.manage.AuditViewModel(manager, Tasks.direct());
        audit.entityProperty().set("vehiclePart");
        audit.entityIdProperty()
                .set(Long.toString(parts.selectedProperty().get().id()));
        audit.search();
        assertThat(audit.rows().get(0).type().name()).isEqualTo("StockAdjusted");
        assertThat(audit.rows().get(0).actor()).isEqualTo("manager");
    }

    @Test
    void theManagerBacksUpFromTheSettingsScreen() {
        SettingsViewModel vm = new SettingsViewModel(manager, Tasks.direct());
        vm.refresh();
        assertThat(vm.backups()).isEmpty();
        vm.backupNow();
        assertThat(vm.backups()).hasSize(1);
        assertThat(vm.messageProperty().get()).contains("made and verified");
    }

    @Test
    void settingsAreSavedAndBadOnesShownByField() {
        SettingsViewModel vm = new SettingsViewModel(manager, Tasks.direct());
        vm.refresh();
        assertThat(vm.nameProperty().get()).contains("한빛");
        vm.timezoneProperty().set("Mars/Olympus");
        vm.taxRateProperty().set("8.255");
        vm.save();
        assertThat(vm.fieldErrors()).containsKeys("timezone", "taxRatePercent");
        vm.timezoneProperty().set("Asia/Seoul");
        vm.taxRateProperty().set("8.25");
        vm.laborRateProperty().set("70000");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Settings saved");
        assertThat(manager.client().shop().laborRatePerHour()).isEqualTo(70_000);
    }
}
