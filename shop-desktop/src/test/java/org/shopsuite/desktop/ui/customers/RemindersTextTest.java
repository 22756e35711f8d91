package org.shopsuite.desktop.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shopsuite.desktop.ui.OfflineSession;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Reminder;
import org.shopsuite.model.ReminderKind;
import org.shopsuite.model.ReminderRun;

/** How the reminders list reads, in Korean, without a server. */
class RemindersTextTest {
    final RemindersViewModel vm = new RemindersViewModel(OfflineSession.of("ko", 1), Tasks.direct());

    @Test
    void anAppointmentSaysItsDayAndTime() {
        Reminder r = new Reminder(
                "a-1",
                ReminderKind.APPOINTMENT,
                1,
                "정우성",
                2,
                "12가3456",
                5L,
                LocalDate.of(2026, 11, 29),
                "09:30",
                null,
                null,
                null,
                true,
                false);
        assertThat(vm.kind(r)).isEqualTo("예약 안내");
        assertThat(vm.when(r))
                .isEqualTo(OfflineSession.of("ko", 1).messages().date(LocalDate.of(2026, 11, 29)) + " 09:30");
        assertThat(vm.consent(r)).isEqualTo("동의");
        assertThat(vm.queued(r)).isEmpty();
    }

    @Test
    void aCarDueForServiceSaysItsLastVisitAndMileage() {
        Reminder r = new Reminder(
                "s-2",
                ReminderKind.SERVICE_DUE,
                1,
                "정우성",
                2,
                "12가3456",
                null,
                null,
                null,
                LocalDate.of(2025, 10, 1),
                42000,
                "KM",
                false,
                true);
        String day = OfflineSession.of("ko", 1).messages().date(LocalDate.of(2025, 10, 1));
        assertThat(vm.kind(r)).isEqualTo("정기 점검");
        assertThat(vm.when(r)).isEqualTo("마지막 방문 " + day + ", 42,000km (주행 거리 기준)");
        assertThat(vm.consent(r)).isEqualTo("미동의");
        assertThat(vm.queued(r)).isEqualTo("대기 중");
    }

    @Test
    void aRunSaysWhatWentWhereInTheUsersLanguage() {
        assertThat(vm.summary(new ReminderRun(LocalDate.of(2026, 11, 28), 3, 1, 2)))
                .isEqualTo("3건을 대기열에 넣었습니다. 1건은 이미 대기 중이고, 2건은 수신 동의가 없습니다");
    }
}
