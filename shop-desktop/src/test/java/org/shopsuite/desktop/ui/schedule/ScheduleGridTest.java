package org.shopsuite.desktop.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.DropOff;
import org.shopsuite.model.Schedule;

/** The schedule's layout maths without JavaFX or a server: columns, lanes, free cells, the week. */
class ScheduleGridTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1); // a Tuesday

    static Appointment a(
            long id, LocalDate day, String start, String end, Long bay, Long mechanic, AppointmentStatus s) {
        return new Appointment(
                id,
                1,
                "김철수",
                1,
                "12가" + id,
                day,
                start,
                end,
                BigDecimal.ONE,
                mechanic,
                mechanic == null ? null : "M",
                bay,
                bay == null ? null : "Lift " + bay,
                "oil",
                DropOff.WAIT,
                s,
                null,
                null,
                null,
                "counter",
                null,
                1,
                0,
                1);
    }

    static Appointment a(long id, String start, String end, Long bay, AppointmentStatus s) {
        return a(id, DAY, start, end, bay, null, s);
    }

    @ParameterizedTest(name = "{0}-{1}: column {2}, span {3}")
    @CsvSource(textBlock = """
            # opens 08:30, closes 19:00: 42 columns of 15 minutes
            08:30, 09:00, 0, 2
            09:00, 10:30, 2, 6
            10:15, 10:30, 7, 1
            18:45, 19:00, 41, 1
            # off the quarter it covers every cell it touches; an end past closing stops at the edge
            09:10, 09:20, 2, 2
            18:00, 20:00, 38, 4
            """)
    void minutesBecomeColumns(String start, String end, int column, int span) {
        ScheduleGrid.Axis axis = new ScheduleGrid.Axis(ScheduleGrid.minutes("08:30"), ScheduleGrid.minutes("19:00"));
        assertThat(axis.columns()).isEqualTo(42);
        assertThat(axis.column(ScheduleGrid.minutes(start))).isEqualTo(column);
        assertThat(axis.span(ScheduleGrid.minutes(start), ScheduleGrid.minutes(end)))
                .isEqualTo(span);
        assertThat(ScheduleGrid.time(axis.start(column)))
                .isEqualTo(ScheduleGrid.time(ScheduleGrid.minutes(start) / 15 * 15));
    }

    @Test
    void overlappingBookingsShareTheirRowInLanesAndTheNextOneStartsAfresh() {
        ScheduleGrid.Axis axis = new ScheduleGrid.Axis(8 * 60, 18 * 60);
        List<ScheduleGrid.Block> blocks = ScheduleGrid.blocks(
                axis,
                List.of(
                        a(1, "09:00", "11:00", null, AppointmentStatus.BOOKED),
                        a(2, "09:30", "10:00", null, AppointmentStatus.BOOKED),
                        a(3, "10:00", "10:30", null, AppointmentStatus.BOOKED), // lane 1 is free again at 10:00
                        a(4, "10:15", "10:45", null, AppointmentStatus.BOOKED), // all lanes busy: a third
                        a(5, "11:00", "12:00", null, AppointmentStatus.BOOKED))); // after the cluster
        assertThat(blocks)
                .extracting(b -> b.appointment().id() + ":" + b.lane() + "/" + b.lanes())
                .containsExactly("1:0/3", "2:1/3", "3:1/3", "4:2/3", "5:0/1");
        assertThat(blocks.get(0).column()).isEqualTo(4);
        assertThat(blocks.get(0).span()).isEqualTo(8);
    }

    @Test
    void aDayHasItsBaysThenItsMechanicsAndOnlyHeldSlotsAreNotFree() {
        Schedule s = new Schedule(
                DAY,
                false,
                "09:00",
                "12:00",
                List.of(new Schedule.BayRow(7, "Lift 1", List.of()), new Schedule.BayRow(8, "Lift 2", List.of())),
                List.of(
                        new Schedule.MechanicRow(3, "김민수", new BigDecimal("8"), new BigDecimal("2"), false, List.of()),
                        new Schedule.MechanicRow(4, "박지훈", new BigDecimal("6"), BigDecimal.ZERO, true, List.of())));
        List<Appointment> all = new ArrayList<>(List.of(
                a(1, DAY, "09:00", "10:00", 7L, 3L, AppointmentStatus.BOOKED),
                a(2, DAY, "10:00", "10:30", 7L, null, AppointmentStatus.NO_SHOW), // drawn, its slot free
                a(3, DAY, "10:30", "11:00", 7L, null, AppointmentStatus.CANCELLED), // listed only
                a(4, DAY, "11:00", "11:30", 8L, 3L, AppointmentStatus.ARRIVED),
                a(5, DAY, "11:00", "11:30", 8L, null, AppointmentStatus.REJECTED),
                a(6, DAY.plusDays(1), "09:00", "10:00", 7L, null, AppointmentStatus.BOOKED))); // another day
        ScheduleGrid.Day d = ScheduleGrid.day(s, all);
        assertThat(d.axis().columns()).isEqualTo(12);
        assertThat(d.rows()).extracting(ScheduleGrid.Row::name).containsExactly("Lift 1", "Lift 2", "김민수", "박지훈");
        assertThat(d.bayRows()).isEqualTo(2);
        ScheduleGrid.Row lift1 = d.rows().get(0);
        assertThat(lift1.blocks()).extracting(b -> b.appointment().id()).containsExactly(1L, 2L);
        assertThat(free(lift1, 12)).isEqualTo("....########");
        assertThat(free(d.rows().get(1), 12)).isEqualTo("########..##");
        ScheduleGrid.Row kim = d.rows().get(2);
        assertThat(kim.blocks()).extracting(b -> b.appointment().id()).containsExactly(1L, 4L);
        assertThat(kim.load()).isEqualTo(0.25);
        assertThat(kim.isFree(0)).as("a mechanic's row has no free cells").isFalse();
        assertThat(d.rows().get(3).dayOff()).isTrue();
    }

    /** '#' for a free cell, '.' for a held one. */
    private static String free(ScheduleGrid.Row r, int columns) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            b.append(r.isFree(c) ? '#' : '.');
        }
        return b.toString();
    }

    @Test
    void aClosedDayHasNoGridAndADayOpenAllDayWidensToItsBookings() {
        Schedule closed = new Schedule(DAY, true, null, null, List.of(), List.of());
        assertThat(ScheduleGrid.day(closed, List.of()).closed()).isTrue();
        Schedule allDay =
                new Schedule(DAY, false, null, null, List.of(new Schedule.BayRow(7, "Lift 1", List.of())), List.of());
        ScheduleGrid.Day d = ScheduleGrid.day(
                allDay,
                List.of(
                        a(1, "06:45", "07:30", 7L, AppointmentStatus.BOOKED),
                        a(2, "20:00", "21:15", 7L, AppointmentStatus.BOOKED)));
        assertThat(ScheduleGrid.time(d.axis().opens())).isEqualTo("06:00");
        assertThat(ScheduleGrid.time(d.axis().closes())).isEqualTo("21:15");
        ScheduleGrid.Day quiet = ScheduleGrid.day(allDay, List.of());
        assertThat(ScheduleGrid.time(quiet.axis().opens())).isEqualTo("08:00");
        assertThat(ScheduleGrid.time(quiet.axis().closes())).isEqualTo("20:00");
    }

    @Test
    void theWeekRunsMondayToSundayWithItsDrawnBookingsPerLiftInTimeOrder() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        List<ScheduleGrid.WeekDay> week = ScheduleGrid.week(
                DAY,
                List.of(
                        a(1, DAY, "13:00", "14:00", 7L, null, AppointmentStatus.BOOKED),
                        a(2, DAY, "09:00", "10:00", 7L, null, AppointmentStatus.ARRIVED),
                        a(3, DAY, "09:00", "10:00", null, null, AppointmentStatus.BOOKED),
                        a(4, DAY, "11:00", "12:00", 8L, null, AppointmentStatus.CANCELLED),
                        a(5, monday, "10:00", "11:00", 8L, null, AppointmentStatus.NO_SHOW),
                        a(6, monday.plusDays(6), "10:00", "11:00", 8L, null, AppointmentStatus.BOOKED),
                        a(7, monday.plusDays(7), "10:00", "11:00", 8L, null, AppointmentStatus.BOOKED)));
        assertThat(week).extracting(ScheduleGrid.WeekDay::date).first().isEqualTo(monday);
        assertThat(week).hasSize(7);
        assertThat(week).extracting(ScheduleGrid.WeekDay::count).containsExactly(1, 3, 0, 0, 0, 0, 1);
        ScheduleGrid.WeekDay tuesday = week.get(1);
        assertThat(tuesday.on(7L)).extracting(Appointment::id).containsExactly(2L, 1L);
        assertThat(tuesday.on(null)).extracting(Appointment::id).containsExactly(3L);
        assertThat(tuesday.on(8L)).as("a cancelled booking is not drawn").isEmpty();
        assertThat(ScheduleGrid.weekStart(monday.plusDays(6))).isEqualTo(monday);
    }
}
