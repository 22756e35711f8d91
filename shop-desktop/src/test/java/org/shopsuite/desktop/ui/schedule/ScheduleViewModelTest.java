package org.shopsuite.desktop.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentInput;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.DropOff;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;

/** The schedule's ViewModels run synchronously against a real in-process server with the demo shop. */
class ScheduleViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;
    Session session;
    ScheduleViewModel vm;
    LocalDate tomorrow;

    @BeforeEach
    void setUp() throws Exception {
        // the demo books its appointments on the shop's today and tomorrow: a set-up that runs
        // across the shop's midnight is made again, wholly on the new day
        java.time.ZoneId shopZone = java.time.ZoneId.of("Asia/Seoul");
        for (int attempt = 0; ; attempt++) {
            LocalDate before = LocalDate.now(shopZone);
            start(dir.resolve("attempt-" + attempt));
            if (vm.today().equals(before) || attempt == 1) {
                return;
            }
            tearDown();
        }
    }

    private void start(java.nio.file.Path dataDir) {
        server = new ServerFixture(dataDir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
        LoginViewModel login = new LoginViewModel(Tasks.direct(), prefs);
        login.serverProperty().set(server.url());
        login.usernameProperty().set("counter");
        login.passwordProperty().set(ServerFixture.PASSWORD);
        login.languageProperty().set(Locale.ENGLISH);
        AtomicReference<Session> s = new AtomicReference<>();
        login.login(s::set);
        session = s.get();
        vm = new ScheduleViewModel(session, Tasks.direct());
        tomorrow = vm.today().plusDays(1);
        vm.dateProperty().set(tomorrow);
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    private ScheduleGrid.Row row(String namePrefix) {
        return vm.dayProperty().get().rows().stream()
                .filter(r -> r.name().startsWith(namePrefix))
                .findFirst()
                .orElseThrow();
    }

    private int rowIndex(String namePrefix) {
        return vm.dayProperty().get().rows().indexOf(row(namePrefix));
    }

    @Test
    void theCursorSelectsTheBookingUnderItOrOpensAFormForAFreeCell() {
        ScheduleGrid.Day day = vm.dayProperty().get();
        assertThat(day.bayRows()).as("the lift out of use is not a row").isEqualTo(3);
        // lift 1 at 09:00 holds the oil change (the column of 09:00: the shop opens at 08:30 on
        // weekdays, 09:00 on Sundays)
        int at0900 = day.axis().column(ScheduleGrid.minutes("09:00"));
        vm.setCursor(rowIndex("1번"), at0900);
        BookingViewModel none = vm.activateCursor();
        assertThat(none).isNull();
        assertThat(vm.selectedProperty().get().request()).startsWith("엔진오일");
        // the alignment bay is free at 09:00: a form for that time and lift
        vm.setCursor(rowIndex("3번"), at0900);
        BookingViewModel form = vm.activateCursor();
        assertThat(form.dateProperty().get()).isEqualTo(tomorrow);
        assertThat(form.startProperty().get()).isEqualTo("09:00");
        form.loadAvailability();
        assertThat(form.bayProperty().get().label()).startsWith("3번");
        assertThat(form.startTimes()).contains("09:00").doesNotContain("13:00");
        // the cursor stays on the grid
        vm.moveCursor(100, 1000);
        assertThat(vm.cursorProperty().get().row()).isEqualTo(day.rows().size() - 1);
        assertThat(vm.cursorProperty().get().column()).isEqualTo(day.axis().columns() - 1);
        vm.moveCursor(-100, -1000);
        assertThat(vm.cursorProperty().get()).isEqualTo(new ScheduleViewModel.Cell(0, 0));
    }

    @Test
    void aNoShowWaitsForTheBookingsDay() {
        vm.selectedProperty()
                .set(vm.appointments().stream()
                        .filter(a -> a.status() == AppointmentStatus.BOOKED)
                        .findFirst()
                        .orElseThrow());
        assertThat(vm.bookedProperty().get()).isTrue();
        assertThat(vm.canNoShowProperty().get()).as("tomorrow's booking").isFalse();
        ShopClient c = session.client();
        Appointment mine = c.book(
                new AppointmentInput(1L, 1L, vm.today(), "14:00", BigDecimal.ONE, null, null, "wipers", DropOff.WAIT),
                ShopClient.newIdempotencyKey());
        vm.dateProperty().set(vm.today());
        vm.selectedProperty()
                .set(vm.appointments().stream()
                        .filter(a -> a.id() == mine.id())
                        .findFirst()
                        .orElseThrow());
        assertThat(vm.canNoShowProperty().get()).as("today's booking").isTrue();
        vm.noShow();
        assertThat(c.appointment(mine.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(vm.selectedProperty().get().status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(vm.canNoShowProperty().get()).isFalse();
    }

    @Test
    void aRejectedBookingKeepsTheFormOpenWithItsReasonAndATryAgainIsANewBooking() {
        vm.setCursor(rowIndex("1번"), 0);
        BookingViewModel form = vm.bookingForm("09:00", row("1번").id());
        form.loadAvailability();
        form.queryProperty().set("90마1234");
        form.search();
        form.customerProperty().set(form.results().get(0));
        assertThat(form.vehicleProperty().get()).as("the car searched for").isNotNull();
        form.requestProperty().set("engine check");
        List<Appointment> stored = new ArrayList<>();
        boolean[] closed = {false};
        form.submit(stored::add, () -> closed[0] = true);
        assertThat(closed[0]).isFalse();
        assertThat(stored).extracting(Appointment::status).containsExactly(AppointmentStatus.REJECTED);
        assertThat(form.errorProperty().get()).contains("the lift is taken at that time");
        form.submit(stored::add, () -> closed[0] = true);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).id())
                .as("answered: a new try is a new request")
                .isNotEqualTo(stored.get(0).id());
        // another start on the same lift fits
        form.startProperty().set("14:00");
        form.submit(stored::add, () -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(stored.get(2).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(stored.get(2).bayId()).isEqualTo(row("1번").id());
    }

    @Test
    void aMoveThatDoesNotFitSaysWhyAndChangesNothing() {
        Appointment oil = vm.appointments().stream()
                .filter(a -> a.request().startsWith("엔진오일"))
                .findFirst()
                .orElseThrow();
        vm.selectedProperty().set(oil);
        RescheduleViewModel form = vm.rescheduleForm();
        form.load();
        form.startProperty().set("11:00"); // lift 1 is taken 11:00-13:00
        List<Appointment> done = new ArrayList<>();
        form.submit(done::add);
        assertThat(done).isEmpty();
        assertThat(form.errorProperty().get()).isEqualTo("Not done: the lift is taken at that time. Nothing changed.");
        assertThat(session.client().appointment(oil.id()).startTime()).isEqualTo("09:00");
        form.startProperty().set("9:15");
        form.submit(done::add);
        assertThat(form.fieldErrors()).isEmpty();
        assertThat(done).extracting(Appointment::startTime).containsExactly("09:15");
    }

    @Test
    void aBookingMadeElsewhereShowsOnTheNextEvent() {
        int before = vm.appointments().size();
        Appointment other = session.client()
                .book(
                        new AppointmentInput(
                                1L, 1L, tomorrow, "14:00", BigDecimal.ONE, null, null, "tyres", DropOff.DROP),
                        ShopClient.newIdempotencyKey());
        assertThat(vm.appointments()).hasSize(before);
        vm.onEvent(new Event(1, EventType.JobStarted, Instant.now(), "x", null, null, null));
        assertThat(vm.appointments()).as("not a schedule event").hasSize(before);
        vm.onEvent(new Event(2, EventType.AppointmentBooked, Instant.now(), "counter", null, null, null));
        assertThat(vm.appointments()).hasSize(before + 1);
        assertThat(vm.dayProperty().get().rows().stream()
                        .flatMap(r -> r.blocks().stream())
                        .anyMatch(b -> b.appointment().id() == other.id()))
                .isTrue();
    }

    @Test
    void theWeekGroupsItsDaysAndADayOpensFromIt() {
        vm.weekProperty().set(true);
        List<ScheduleGrid.WeekDay> week = vm.weekDaysProperty().get();
        assertThat(week).hasSize(7);
        assertThat(week.stream().mapToInt(ScheduleGrid.WeekDay::count).sum()).isGreaterThanOrEqualTo(4);
        assertThat(vm.heading()).startsWith("Week of");
        vm.next();
        assertThat(vm.dateProperty().get()).isEqualTo(tomorrow.plusDays(7));
        vm.openDay(tomorrow);
        assertThat(vm.weekProperty().get()).isFalse();
        assertThat(vm.dayProperty().get().date()).isEqualTo(tomorrow);
    }

    @Test
    void aBlockDroppedOnAFreeCellOfAnotherLiftMovesTheBookingAndOnATakenOneSaysWhy() {
        Appointment oil = vm.appointments().stream()
                .filter(a -> a.request().startsWith("엔진오일"))
                .findFirst()
                .orElseThrow();
        int alignment = rowIndex("3번");
        int at1300 =
                (ScheduleGrid.minutes("13:00") - vm.dayProperty().get().axis().opens()) / ScheduleGrid.STEP;
        vm.dropOn(oil, new ScheduleViewModel.Cell(alignment, at1300)); // the wheel alignment is there
        assertThat(vm.errorProperty().get()).contains("the lift is taken at that time");
        assertThat(session.client().appointment(oil.id()).bayId()).isEqualTo(oil.bayId());
        vm.dropOn(
                oil,
                new ScheduleViewModel.Cell(
                        alignment, vm.dayProperty().get().axis().column(ScheduleGrid.minutes("09:00"))));
        Appointment moved = session.client().appointment(oil.id());
        assertThat(moved.bayId()).isEqualTo(row("3번").id());
        assertThat(moved.startTime()).isEqualTo("09:00");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(row("3번").blocks()).extracting(b -> b.appointment().id()).contains(oil.id());
        assertThat(row("1번").blocks()).extracting(b -> b.appointment().id()).doesNotContain(oil.id());
    }
}
