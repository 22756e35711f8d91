package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What can be booked on a day for a job of {@code hours}: each active bay's free start times (HH:mm,
 * quarter hours, the whole slot within the opening hours), and each active mechanic's hours left and
 * whether it is their day off. {@code closed}: the shop is closed that day (no start times).
 */
public record Availability(
        LocalDate date,
        BigDecimal hours,
        boolean closed,
        List<Availability.BayTimes> bays,
        List<Availability.MechanicHours> mechanics) {
    public record BayTimes(long bayId, String name, List<String> startTimes) {}

    public record MechanicHours(long mechanicId, String name, BigDecimal remainingHours, boolean dayOff) {}
}
