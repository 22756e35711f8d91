package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shop's sales over {@code from}..{@code to} (inclusive days in the shop's time zone), one row
 * per day, week (from Monday) or month, and the whole range in {@code total}. Money is in minor
 * units of {@code currency}; hours have two decimals; percents one decimal, null when the
 * denominator is zero. {@code formulas} says how each figure is made.
 */
public record SalesReport(
        LocalDate from,
        LocalDate to,
        String groupBy,
        String currency,
        long laborCostPerHour,
        List<Period> periods,
        Period total,
        Map<String, String> formulas) {

    /** One period's figures; {@code period} is its first day ({@code 2026-11-01}). */
    public record Period(
            LocalDate period,
            LocalDate from,
            LocalDate to,
            int repairOrders,
            int warrantyOrders,
            long sales,
            Long averageRepairOrder,
            BigDecimal billedHours,
            BigDecimal warrantyHours,
            BigDecimal hoursPerRepairOrder,
            Long effectiveLaborRate,
            long laborSales,
            long partsSales,
            long subletSales,
            long fees,
            long discounts,
            long laborCost,
            long partsCost,
            long subletCost,
            long laborGrossProfit,
            BigDecimal laborGpPercent,
            long partsGrossProfit,
            BigDecimal partsGpPercent,
            long subletGrossProfit,
            long grossProfit,
            BigDecimal gpPercent,
            BigDecimal hoursPresented,
            BigDecimal hoursSold,
            long amountPresented,
            long amountSold,
            BigDecimal closeRatioPercent,
            int comebacks,
            BigDecimal comebackRatePercent,
            int counterSales,
            long counterSalesAmount,
            long counterSalesCost) {}
}
