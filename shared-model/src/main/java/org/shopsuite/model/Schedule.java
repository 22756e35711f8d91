package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A day's control view: every active bay with its booked and arrived slots, and every active
 * mechanic with their capacity, the hours booked (jobs and appointments, as every capacity check
 * counts them) and their appointments. {@code opens} and {@code closes} (HH:mm) are null when the
 * day is open all day; {@code closed} when the shop is closed.
 */
public record Schedule(
        LocalDate date,
        boolean closed,
        String opens,
        String closes,
        List<Schedule.BayRow> bays,
        List<Schedule.MechanicRow> mechanics) {
    public record Slot(
            long appointmentId,
            String startTime,
            String endTime,
            String plate,
            String customerName,
            AppointmentStatus status) {}

    public record BayRow(long bayId, String name, List<Slot> slots) {}

    public record MechanicRow(
            long mechanicId,
            String name,
            BigDecimal capacityHours,
            BigDecimal bookedHours,
            boolean dayOff,
            List<Slot> slots) {}
}
