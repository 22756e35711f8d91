package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Each mechanic's hours over {@code from}..{@code to} (inclusive days in the shop's time zone):
 * attended, clocked on jobs, billed and warranty hours, the three ratios and the paused time by
 * reason. Hours have two decimals; a ratio is a percent with one decimal, null when its
 * denominator is zero. {@code formulas} says how each figure is made.
 */
public record TechnicianReport(LocalDate from, LocalDate to, List<Technician> items, Map<String, String> formulas) {

    /** One mechanic's figures. {@code pauseHours} has every pause reason, zero when unused. */
    public record Technician(
            long mechanicId,
            String name,
            BigDecimal attendedHours,
            BigDecimal clockedHours,
            BigDecimal billedHours,
            BigDecimal warrantyHours,
            BigDecimal efficiencyPercent,
            BigDecimal productivityPercent,
            BigDecimal proficiencyPercent,
            Map<PauseReason, BigDecimal> pauseHours) {}
}
