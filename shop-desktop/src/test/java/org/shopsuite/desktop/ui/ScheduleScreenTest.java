package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The schedule screen against a real server with the demo shop: tomorrow's bookings on their lift
 * rows, a booking made from a free cell with the keyboard, one that does not fit told why, a
 * cancellation with its reason, an arrival that makes a receipt.
 */
@Tag("gui")
class ScheduleScreenTest {
    @TempDir
    Path dir;

    ServerFixture server;
    final FxRobot robot = new FxRobot();

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

    static ShopClient counter(ServerFixture server) {
        ShopClient c = new ShopClient(server.url());
        c.login("counter", ServerFixture.PASSWORD);
        return c;
    }

    /** Tomorrow in the shop's zone, the demo's first booking day. */
    static LocalDate tomorrow(ServerFixture server) {
        ShopClient c = counter(server);
        return LocalDate.now(ZoneId.of(c.shop().timezone())).plusDays(1);
    }

    static FxDriver openOn(ServerFixture server, LocalDate day) throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-schedule");
        d.await(() -> d.has("#schedule-grid"));
        d.fx(() -> d.<DatePicker>node("#schedule-date").setValue(day));
        return d;
    }

    @SuppressWarnings("unchecked")
    static TableView<Appointment> table(FxDriver d) {
        return (TableView<Appointment>) d.<TableView<?>>node("#schedule-table");
    }

    @Test
    void tomorrowsDemoBookingsAreBlocksOnTheirLiftRows() throws Exception {
        LocalDate day = tomorrow(server);
        List<Appointment> demo = counter(server).appointments(day, day, null, null, null);
        FxDriver d = openOn(server, day);
        d.await(() -> table(d).getItems().size() == demo.size());
        for (Appointment a : demo) {
            boolean drawn = a.status() == AppointmentStatus.BOOKED;
            assertThat(d.fx(() -> d.has("#schedule-block-" + a.id())))
                    .as("%s %s %s", a.plate(), a.status(), a.bayName())
                    .isEqualTo(drawn);
            if (drawn) {
                Label block = d.node("#schedule-block-" + a.id());
                assertThat(d.fx(block::getText))
                        .contains(a.plate())
                        .contains(a.customerName())
                        .contains(a.startTime());
            }
        }
        assertThat(demo).extracting(Appointment::status).contains(AppointmentStatus.REJECTED);
    }

    /** In the booking dialog: the customer found by their car's plate and picked. */
    static void pickCustomer(FxDriver d, String plate) throws Exception {
        d.fx(() -> ((TextField) InvoiceDialogsTest.in("booking-dialog", "#booking-customer-query")).setText(plate));
        @SuppressWarnings("unchecked")
        ListView<org.shopsuite.model.Customer> results = (ListView<org.shopsuite.model.Customer>)
                d.fx(() -> InvoiceDialogsTest.in("booking-dialog", "#booking-customer-results"));
        d.await(() -> results.getItems().size() == 1);
        d.fx(() -> results.getSelectionModel().select(0));
        d.await(() -> ((ComboBox<?>) InvoiceDialogsTest.in("booking-dialog", "#booking-vehicle")).getValue() != null);
    }

    @Test
    void aFreeCellIsBookedWithTheKeyboardAndTheBlockAppears() throws Exception {
        LocalDate day = tomorrow(server);
        FxDriver d = openOn(server, day);
        d.await(() -> d.has(".schedule-block"));
        // the third lift (the alignment bay) is free at opening (08:30 on weekdays, 09:00 on
        // Sundays in the demo): down twice from the first row, Enter
        String opens = counter(server).schedule(day).opens();
        d.fx(() -> d.node("#schedule-grid").requestFocus());
        robot.targetWindow(d.stage());
        robot.type(KeyCode.HOME, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        d.await(() -> InvoiceDialogsTest.dialog("booking-dialog") != null);
        assertThat(d.fx(() -> ((DatePicker) InvoiceDialogsTest.in("booking-dialog", "#booking-date")).getValue()))
                .isEqualTo(day);
        d.await(() ->
                opens.equals(((ComboBox<?>) InvoiceDialogsTest.in("booking-dialog", "#booking-start")).getValue()));
        d.await(() -> InvoiceDialogsTest.in("booking-dialog", "#booking-bay") instanceof ComboBox<?> bay
                && bay.getValue() != null
                && bay.getValue().toString().startsWith("3번"));
        pickCustomer(d, "90마1234");
        d.fx(() -> ((TextField) InvoiceDialogsTest.in("booking-dialog", "#booking-request"))
                .setText("타이어 점검 (tyre check)"));
        d.fx(() -> InvoiceDialogsTest.in("booking-dialog", "#booking-request").requestFocus());
        robot.targetWindow(WindowsAt.windowOf(InvoiceDialogsTest.dialog("booking-dialog")));
        robot.type(KeyCode.ENTER);
        d.await(() -> InvoiceDialogsTest.dialog("booking-dialog") == null);
        Appointment made = counter(server).appointments(day, day, null, null, AppointmentStatus.BOOKED).stream()
                .filter(a -> a.request().startsWith("타이어 점검"))
                .findFirst()
                .orElseThrow();
        assertThat(made.startTime()).isEqualTo(opens);
        assertThat(made.bayName()).startsWith("3번");
        d.await(() -> d.has("#schedule-block-" + made.id()));
        assertThat(d.text("#schedule-message")).contains(made.plate());
    }

    @Test
    void aBookingThatDoesNotFitSaysWhyAndIsListedAsRejected() throws Exception {
        LocalDate day = tomorrow(server);
        FxDriver d = openOn(server, day);
        d.await(() -> d.has(".schedule-block"));
        int before = d.fx(() -> table(d).getItems().size());
        d.fx(() -> d.node("#schedule-grid").requestFocus());
        robot.targetWindow(d.stage());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        d.await(() -> InvoiceDialogsTest.dialog("booking-dialog") != null);
        pickCustomer(d, "90마1234");
        @SuppressWarnings("unchecked")
        ComboBox<Object> bay = (ComboBox<Object>) d.fx(() -> InvoiceDialogsTest.in("booking-dialog", "#booking-bay"));
        d.await(() -> bay.getItems().size() > 1);
        d.fx(() -> bay.getSelectionModel().select(1)); // the first lift, taken at 09:00 by the demo
        d.fx(() -> ((ComboBox<?>) InvoiceDialogsTest.in("booking-dialog", "#booking-start"))
                .getEditor()
                .setText("09:00"));
        d.fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> start = (ComboBox<String>) InvoiceDialogsTest.in("booking-dialog", "#booking-start");
            start.setValue("09:00");
        });
        d.fx(() -> ((TextField) InvoiceDialogsTest.in("booking-dialog", "#booking-request"))
                .setText("엔진 점검 (engine check)"));
        d.fx(() -> ((Button) InvoiceDialogsTest.in("booking-dialog", "#booking-dialog-submit")).fire());
        Messages m = new Messages(java.util.Locale.ENGLISH);
        d.await(() -> InvoiceDialogsTest.text("booking-dialog", "#booking-error")
                .contains(m.get("appointment.reason.BAY_FULL")));
        assertThat(InvoiceDialogsTest.dialog("booking-dialog")).as("stays open").isNotNull();
        d.await(() -> table(d).getItems().size() == before + 1);
        assertThat(d.fx(() -> table(d).getItems().stream()
                        .filter(a -> a.status() == AppointmentStatus.REJECTED
                                && a.request().startsWith("엔진 점검"))
                        .count()))
                .isEqualTo(1L);
    }

    @Test
    void aCancelledBookingLeavesTheGridWithItsReason() throws Exception {
        LocalDate day = tomorrow(server);
        Appointment first = counter(server)
                .appointments(day, day, null, null, AppointmentStatus.BOOKED)
                .get(0);
        FxDriver d = openOn(server, day);
        d.await(() -> d.has("#schedule-block-" + first.id()));
        d.fx(() -> table(d).getItems().stream()
                .filter(a -> a.id() == first.id())
                .findFirst()
                .ifPresent(a -> table(d).getSelectionModel().select(a)));
        d.press("#schedule-cancel");
        d.await(() -> InvoiceDialogsTest.dialog("cancel-booking-dialog") != null);
        d.fx(() -> ((Button) InvoiceDialogsTest.in("cancel-booking-dialog", "#cancel-booking-submit")).fire());
        d.await(() -> !InvoiceDialogsTest.text("cancel-booking-dialog", "#cancel-booking-reason-error")
                .isEmpty());
        d.fx(() -> ((TextField) InvoiceDialogsTest.in("cancel-booking-dialog", "#cancel-booking-reason"))
                .setText("고객 요청 (customer asked)"));
        d.fx(() -> ((Button) InvoiceDialogsTest.in("cancel-booking-dialog", "#cancel-booking-submit")).fire());
        d.await(() -> InvoiceDialogsTest.dialog("cancel-booking-dialog") == null);
        d.await(() -> !d.has("#schedule-block-" + first.id()));
        Appointment now = counter(server).appointment(first.id());
        assertThat(now.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(now.cancelReason()).isEqualTo("고객 요청 (customer asked)");
        d.await(() -> table(d).getItems().stream()
                .anyMatch(a -> a.id() == first.id() && a.status() == AppointmentStatus.CANCELLED));
    }

    @Test
    void anArrivalWithoutAMechanicAsksForOneAndShowsTheReceipt() throws Exception {
        LocalDate day = tomorrow(server);
        Appointment noMechanic = counter(server).appointments(day, day, null, null, AppointmentStatus.BOOKED).stream()
                .filter(a -> a.mechanicId() == null)
                .findFirst()
                .orElseThrow();
        FxDriver d = openOn(server, day);
        d.await(() -> d.has("#schedule-block-" + noMechanic.id()));
        d.fx(() -> table(d).getItems().stream()
                .filter(a -> a.id() == noMechanic.id())
                .findFirst()
                .ifPresent(a -> table(d).getSelectionModel().select(a)));
        d.press("#schedule-arrive");
        d.await(() -> InvoiceDialogsTest.dialog("arrive-dialog") != null);
        d.fx(() -> ((Button) ((javafx.scene.control.DialogPane) InvoiceDialogsTest.dialog("arrive-dialog"))
                        .lookup("#arrive-submit"))
                .fire());
        d.await(() -> counter(server).appointment(noMechanic.id()).receiptId() != null);
        long receipt = counter(server).appointment(noMechanic.id()).receiptId();
        d.await(() -> d.text("#schedule-message").contains("Receipt " + receipt + " created"));
        d.press("#schedule-open-receipt");
        d.await(() -> "tab-receipts"
                .equals(d.<javafx.scene.control.TabPane>node("#tabs")
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()));
        d.await(() -> d.<TableView<org.shopsuite.model.Receipt>>node("#receipts-table")
                                .getSelectionModel()
                                .getSelectedItem()
                        != null
                && d.<TableView<org.shopsuite.model.Receipt>>node("#receipts-table")
                                .getSelectionModel()
                                .getSelectedItem()
                                .id()
                        == receipt);
    }

    @Test
    void aClosedDaySaysSoInsteadOfAGridAndTheKeysTurnTheDays() throws Exception {
        LocalDate holiday = counter(server).openingHours().holidays().get(0);
        FxDriver d = openOn(server, holiday);
        d.await(() -> d.has("#schedule-closed"));
        assertThat(d.text("#schedule-closed")).contains("closed");
        assertThat(d.has("#schedule-grid")).isFalse();
        // Alt+Right from wherever the keyboard is on the screen (here the date field)
        d.fx(() -> d.node("#schedule-date")
                .fireEvent(new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, true, false)));
        d.await(() ->
                holiday.plusDays(1).equals(d.<DatePicker>node("#schedule-date").getValue()));
        d.await(() -> d.has("#schedule-grid") && !d.has("#schedule-closed"));
        d.fx(() -> d.node("#schedule-grid").requestFocus());
        robot.targetWindow(d.stage());
        robot.type(KeyCode.PAGE_UP);
        d.await(() -> holiday.equals(d.<DatePicker>node("#schedule-date").getValue()));
        d.press("#schedule-today");
        d.await(() -> holiday.minusDays(1)
                .isAfter(d.<DatePicker>node("#schedule-date").getValue()));
    }

    @Test
    void aBookingMadeAtAnotherDeskAppearsLive() throws Exception {
        LocalDate day = tomorrow(server);
        FxDriver d = openOn(server, day);
        d.await(() -> d.has(".schedule-block"));
        ShopClient other = counter(server);
        Appointment made = other.book(
                new org.shopsuite.model.AppointmentInput(
                        1L,
                        1L,
                        day,
                        "14:00",
                        java.math.BigDecimal.ONE,
                        null,
                        null,
                        "타이어 (tyres)",
                        org.shopsuite.model.DropOff.DROP),
                ShopClient.newIdempotencyKey());
        assertThat(made.status()).isEqualTo(AppointmentStatus.BOOKED);
        d.await(() -> d.has("#schedule-block-" + made.id()));
        other.cancelAppointment(made.id(), "changed plans", ShopClient.newIdempotencyKey());
        d.await(() -> !d.has("#schedule-block-" + made.id()));
    }
}
