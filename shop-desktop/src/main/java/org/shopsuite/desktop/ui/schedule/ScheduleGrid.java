package org.shopsuite.desktop.ui.schedule;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.Schedule;

/**
 * The schedule screen's layout maths, without a Node: a day's time axis in 15-minute columns from
 * opening to closing, a row per bay then per mechanic, each booking a block at its columns (bookings
 * that overlap in a row share it in lanes), the free cells of each bay, and the week's bookings
 * grouped by day and bay.
 */
public final class ScheduleGrid {
    /** Minutes per column. */
    public static final int STEP = 15;

    /** The axis of a day open all day: the usual working hours, widened to the bookings. */
    static final int DEFAULT_OPENS = 8 * 60;

    static final int DEFAULT_CLOSES = 20 * 60;

    private ScheduleGrid() {}

    /** Bookings drawn on the grid; cancelled and rejected ones are only listed. */
    public static boolean drawn(AppointmentStatus s) {
        return s == AppointmentStatus.BOOKED || s == AppointmentStatus.ARRIVED || s == AppointmentStatus.NO_SHOW;
    }

    /** Bookings that hold their slot (a no-show gave it back). */
    static boolean holds(AppointmentStatus s) {
        return s == AppointmentStatus.BOOKED || s == AppointmentStatus.ARRIVED;
    }

    /** Minutes since midnight of an {@code HH:mm} time ("24:00" is the end of the day). */
    public static int minutes(String hhmm) {
        String t = hhmm.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not HH:mm: " + hhmm);
        }
        return Integer.parseInt(t.substring(0, colon)) * 60 + Integer.parseInt(t.substring(colon + 1));
    }

    /** {@code HH:mm} of minutes since midnight. */
    public static String time(int minutes) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The day's time axis: from {@code opens} to {@code closes} in minutes, in columns of {@link #STEP}. */
    public record Axis(int opens, int closes) {
        public Axis {
            if (closes <= opens) {
                throw new IllegalArgumentException("closes before it opens");
            }
        }

        public int columns() {
            return (closes - opens + STEP - 1) / STEP;
        }

        /** The column a time falls in (before opening: 0; at or after closing: the column count). */
        public int column(int minutes) {
            int c = Math.floorDiv(minutes - opens, STEP);
            return Math.max(0, Math.min(columns(), c));
        }

        /** How many columns [start, end) covers, at least one when it is on the axis at all. */
        public int span(int start, int end) {
            int from = column(start);
            int to = Math.max(from, Math.min(columns(), Math.floorDiv(end - opens + STEP - 1, STEP)));
            return Math.max(to - from, from < columns() ? 1 : 0);
        }

        /** The time a column starts at. */
        public int start(int column) {
            return opens + column * STEP;
        }
    }

    /** A booking's block: the row's lane it is drawn in, of {@code lanes}, and its columns. */
    public record Block(Appointment appointment, int column, int span, int lane, int lanes) {}

    /** What a row stands for. */
    public enum Kind {
        BAY,
        MECHANIC
    }

    /**
     * A row of the grid: a bay (its free cells) or a mechanic (hours booked of their capacity, day
     * off). {@code free} has the bit of each bay column no booking holds.
     */
    public record Row(
            Kind kind,
            long id,
            String name,
            List<Block> blocks,
            java.util.BitSet free,
            BigDecimal capacityHours,
            BigDecimal bookedHours,
            boolean dayOff) {
        /** The load bar's fill, 0 to 1 (over capacity is drawn full). */
        public double load() {
            if (capacityHours == null || capacityHours.signum() <= 0 || bookedHours == null) {
                return 0;
            }
            return Math.min(1.0, bookedHours.doubleValue() / capacityHours.doubleValue());
        }

        public boolean isFree(int column) {
            return kind == Kind.BAY && column >= 0 && free.get(column);
        }
    }

    /** A day laid out: closed, or its axis and rows (bays first, then mechanics). */
    public record Day(LocalDate date, boolean closed, Axis axis, List<Row> rows) {
        public int bayRows() {
            return (int) rows.stream().filter(r -> r.kind() == Kind.BAY).count();
        }
    }

    /** Lays out a day from its schedule (rows, hours, load) and its appointments (blocks, every status). */
    public static Day day(Schedule s, List<Appointment> appointments) {
        List<Appointment> shown = appointments.stream()
                .filter(a -> drawn(a.status()) && a.date().equals(s.date()))
                .sorted(Comparator.comparing((Appointment a) -> minutes(a.startTime()))
                        .thenComparingLong(Appointment::id))
                .toList();
        if (s.closed()) {
            return new Day(s.date(), true, null, List.of());
        }
        Axis axis = axis(s.opens(), s.closes(), shown);
        List<Row> rows = new ArrayList<>();
        for (Schedule.BayRow b : s.bays()) {
            List<Appointment> mine = shown.stream()
                    .filter(a -> a.bayId() != null && a.bayId() == b.bayId())
                    .toList();
            java.util.BitSet free = new java.util.BitSet(axis.columns());
            free.set(0, axis.columns());
            for (Appointment a : mine) {
                if (holds(a.status())) {
                    int from = axis.column(minutes(a.startTime()));
                    int span = axis.span(minutes(a.startTime()), minutes(a.endTime()));
                    free.clear(from, Math.min(axis.columns(), from + span));
                }
            }
            rows.add(new Row(Kind.BAY, b.bayId(), b.name(), blocks(axis, mine), free, null, null, false));
        }
        for (Schedule.MechanicRow m : s.mechanics()) {
            List<Appointment> mine = shown.stream()
                    .filter(a -> a.mechanicId() != null && a.mechanicId() == m.mechanicId())
                    .toList();
            rows.add(new Row(
                    Kind.MECHANIC,
                    m.mechanicId(),
                    m.name(),
                    blocks(axis, mine),
                    new java.util.BitSet(),
                    m.capacityHours(),
                    m.bookedHours(),
                    m.dayOff()));
        }
        return new Day(s.date(), false, axis, List.copyOf(rows));
    }

    /** The opening hours, or for a day open all day the working hours widened to every booking. */
    static Axis axis(String opens, String closes, List<Appointment> shown) {
        if (opens != null && closes != null) {
            return new Axis(minutes(opens), minutes(closes));
        }
        int from = DEFAULT_OPENS;
        int to = DEFAULT_CLOSES;
        for (Appointment a : shown) {
            from = Math.min(from, minutes(a.startTime()) / 60 * 60);
            to = Math.max(to, minutes(a.endTime()));
        }
        return new Axis(from, Math.min(24 * 60, to));
    }

    /**
     * The blocks of one row, in start order: each takes the first lane free at its start, and every
     * block of a cluster of overlapping bookings is drawn with that cluster's lane count.
     */
    static List<Block> blocks(Axis axis, List<Appointment> sorted) {
        List<Block> out = new ArrayList<>();
        List<Appointment> cluster = new ArrayList<>();
        List<Integer> laneOf = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        int clusterEnd = Integer.MIN_VALUE;
        for (Appointment a : sorted) {
            int start = minutes(a.startTime());
            int end = Math.max(start + 1, minutes(a.endTime()));
            if (start >= clusterEnd && !cluster.isEmpty()) {
                flush(axis, cluster, laneOf, laneEnds.size(), out);
                cluster.clear();
                laneOf.clear();
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, end);
            }
            cluster.add(a);
            laneOf.add(lane);
            clusterEnd = Math.max(cluster.size() == 1 ? end : clusterEnd, end);
        }
        flush(axis, cluster, laneOf, laneEnds.size(), out);
        return List.copyOf(out);
    }

    private static void flush(Axis axis, List<Appointment> cluster, List<Integer> laneOf, int lanes, List<Block> out) {
        for (int i = 0; i < cluster.size(); i++) {
            Appointment a = cluster.get(i);
            int start = minutes(a.startTime());
            out.add(new Block(
                    a, axis.column(start), axis.span(start, minutes(a.endTime())), laneOf.get(i), Math.max(1, lanes)));
        }
    }

    /** The Monday of the week {@code date} is in. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** One day of the week view: its drawn bookings per bay id (null: booked without a bay), in time order. */
    public record WeekDay(LocalDate date, Map<Long, List<Appointment>> byBay, int count) {
        public List<Appointment> on(Long bayId) {
            return byBay.getOrDefault(bayId, List.of());
        }
    }

    /** The seven days from the week's Monday, each with its drawn bookings grouped by bay. */
    public static List<WeekDay> week(LocalDate anyDay, List<Appointment> appointments) {
        LocalDate monday = weekStart(anyDay);
        List<WeekDay> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            Map<Long, List<Appointment>> byBay = new LinkedHashMap<>();
            List<Appointment> mine = appointments.stream()
                    .filter(a -> a.date().equals(d) && drawn(a.status()))
                    .sorted(Comparator.comparing((Appointment a) -> minutes(a.startTime()))
                            .thenComparingLong(Appointment::id))
                    .toList();
            for (Appointment a : mine) {
                byBay.computeIfAbsent(a.bayId(), k -> new ArrayList<>()).add(a);
            }
            byBay.replaceAll((k, v) -> List.copyOf(v));
            out.add(new WeekDay(d, java.util.Collections.unmodifiableMap(byBay), mine.size()));
        }
        return List.copyOf(out);
    }
}
