package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Bay;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.OpeningDay;
import org.shopsuite.model.OpeningHours;
import org.testfx.api.FxToolkit;

/**
 * The manager's setup of what appointments book, through the real dialogs against a real server
 * with the demo shop: lifts added, renamed and retired; the week's hours and a holiday; a
 * mechanic's days off.
 */
@Tag("gui")
class ScheduleSetupTest {
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
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    private ShopClient manager() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    private static void fire(FxDriver d, String dialogId, String selector) throws Exception {
        d.fx(() -> ((Button) in(dialogId, selector)).fire());
    }

    private static void set(FxDriver d, String dialogId, String selector, String value) throws Exception {
        d.fx(() -> ((TextField) in(dialogId, selector)).setText(value));
    }

    @Test
    void theManagerAddsRenamesAndRetiresALift() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.press("#settings-bays");
        d.await(() -> dialog("bays-dialog") != null);
        @SuppressWarnings("unchecked")
        ListView<Bay> list = (ListView<Bay>) d.fx(() -> in("bays-dialog", "#bays-list"));
        d.await(() -> list.getItems().size() == 4);
        // a name already used is refused beside the field; Enter adds
        set(d, "bays-dialog", "#bays-new-name", "1번 리프트 (Lift 1)");
        d.fx(() -> ((TextField) in("bays-dialog", "#bays-new-name")).fireEvent(new javafx.event.ActionEvent()));
        d.await(() -> !text("bays-dialog", "#bays-new-name-error").isEmpty());
        set(d, "bays-dialog", "#bays-new-name", "5번 리프트 (Lift 5)");
        d.await(() -> text("bays-dialog", "#bays-new-name-error").isEmpty());
        fire(d, "bays-dialog", "#bays-add");
        d.await(() -> list.getItems().size() == 5);
        assertThat(manager().bays(false)).extracting(Bay::name).contains("5번 리프트 (Lift 5)");

        Bay five = d.fx(() -> list.getItems().stream()
                .filter(b -> b.name().startsWith("5번"))
                .findFirst()
                .orElseThrow());
        d.fx(() -> list.getSelectionModel().select(five));
        d.await(() -> ((TextField) in("bays-dialog", "#bays-name")).getText().startsWith("5번"));
        set(d, "bays-dialog", "#bays-name", "5번 얼라인먼트 (Alignment 2)");
        d.fx(() -> ((CheckBox) in("bays-dialog", "#bays-active")).setSelected(false));
        fire(d, "bays-dialog", "#bays-save");
        d.await(() -> text("bays-dialog", "#bays-message").contains("5번 얼라인먼트"));
        Bay saved = manager().bays(true).stream()
                .filter(b -> b.id() == five.id())
                .findFirst()
                .orElseThrow();
        assertThat(saved.name()).isEqualTo("5번 얼라인먼트 (Alignment 2)");
        assertThat(saved.active()).isFalse();
    }

    @Test
    void theManagerClosesSundaysAndAddsAHolidayAndABadTimeIsMarkedOnItsDay() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.press("#settings-hours");
        d.await(() -> dialog("hours-dialog") != null);
        d.await(() ->
                !((TextField) in("hours-dialog", "#hours-opens-0")).getText().isEmpty());
        assertThat(text("hours-dialog", "#hours-note"))
                .as("the demo set its hours")
                .isEmpty();
        set(d, "hours-dialog", "#hours-opens-1", "9시");
        fire(d, "hours-dialog", "#hours-dialog-submit");
        d.await(() -> !text("hours-dialog", "#hours-opens-error-1").isEmpty());
        assertThat(dialog("hours-dialog")).as("a refused form stays open").isNotNull();

        set(d, "hours-dialog", "#hours-opens-1", "08:30");
        d.fx(() -> ((CheckBox) in("hours-dialog", "#hours-closed-6")).setSelected(true));
        LocalDate holiday = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(50);
        d.fx(() -> ((DatePicker) in("hours-dialog", "#hours-holiday-date")).setValue(holiday));
        fire(d, "hours-dialog", "#hours-holiday-add");
        d.await(() ->
                ((ListView<?>) in("hours-dialog", "#hours-holidays")).getItems().contains(holiday));
        fire(d, "hours-dialog", "#hours-dialog-submit");
        d.await(() -> dialog("hours-dialog") == null);

        OpeningHours h = manager().openingHours();
        OpeningDay sunday = h.weekdays().stream()
                .filter(x -> x.day() == DayOfWeek.SUNDAY)
                .findFirst()
                .orElseThrow();
        assertThat(sunday.closed()).isTrue();
        assertThat(h.weekdays().get(1).opens()).isEqualTo("08:30");
        assertThat(h.holidays()).contains(holiday);
    }

    @Test
    void theManagerGivesAMechanicADayOff() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-people");
        @SuppressWarnings("unchecked")
        TableView<Mechanic> table = (TableView<Mechanic>) d.node("#mechanics-table");
        d.await(() -> !table.getItems().isEmpty());
        assertThat(d.fx(() -> d.<Button>node("#mechanic-days-off").isDisabled()))
                .isTrue();
        Mechanic kim = d.fx(() -> table.getItems().get(0));
        d.fx(() -> table.getSelectionModel().select(kim));
        d.await(() -> !d.<Button>node("#mechanic-days-off").isDisabled());
        d.press("#mechanic-days-off");
        d.await(() -> dialog("days-off-dialog") != null);
        LocalDate off = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(40);
        d.fx(() -> ((DatePicker) in("days-off-dialog", "#days-off-date")).setValue(off));
        fire(d, "days-off-dialog", "#days-off-add");
        d.await(() -> ((ListView<?>) in("days-off-dialog", "#days-off-list"))
                .getItems()
                .contains(off));
        fire(d, "days-off-dialog", "#days-off-dialog-submit");
        d.await(() -> dialog("days-off-dialog") == null);
        assertThat(manager().daysOff(kim.id()).dates()).contains(off);
    }
}
