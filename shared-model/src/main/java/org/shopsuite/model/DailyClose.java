package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One location's day of takings (a day in the location's time zone; {@code locationId}), for the
 * evening count: payments on its invoices
 * by method, refunds by method, the invoices issued, the counter sales, the points sold and spent,
 * and the cash the drawer should hold. {@code close} is the day's recorded count while it stands
 * (null when the day is open or was reopened); {@code history} lists every count recorded for the
 * day, newest first, reopened ones with who reopened them and why. {@code changedSinceClose} is true
 * when money moved after the count, so that the expected cash now differs from the recorded one.
 */
public record DailyClose(
        LocalDate date,
        String currency,
        List<MethodTotal> payments,
        List<MethodTotal> refunds,
        Invoices invoices,
        CounterSales counterSales,
        PointsDay points,
        Cash cash,
        DailyCloseRecord close,
        boolean changedSinceClose,
        List<DailyCloseRecord> history,
        Map<String, String> formulas,
        long locationId) {

    /** Money taken or paid back by one method on the day: how many entries, how much in all. */
    public record MethodTotal(PaymentMethod method, int count, long amount) {}

    /**
     * Invoices issued on the day and not void ({@code issued}, their subtotal, tax and total), of
     * them those still unpaid at the day's end ({@code unpaid}, {@code unpaidAmount}: their total
     * less what was paid on them by then), and invoices voided on the day.
     */
    public record Invoices(
            int issued,
            long subtotal,
            long tax,
            long total,
            int unpaid,
            long unpaidAmount,
            int voided,
            long voidedTotal) {}

    /**
     * Every counter sale made on the day (incl. tax, by method, cancelled later or not), and the
     * sales cancelled or returned on the day with what was refunded.
     */
    public record CounterSales(
            int count, long total, List<MethodTotal> byMethod, int refundedCount, long refundedTotal) {}

    /**
     * Points sold on the day (how many sales, points, money by method) and points spent on invoices
     * on the day (less those given back by a void), with their value in money.
     */
    public record PointsDay(
            int sold, long soldPoints, long soldAmount, List<MethodTotal> soldByMethod, long spentPoints) {}

    /**
     * The cash the drawer should hold: {@code expected = openingFloat + payments + counterSales +
     * pointsSales - refunds} (each in cash); {@code counted} and {@code difference} (counted -
     * expected: over when positive, short when negative) once a count is recorded.
     */
    public record Cash(
            long openingFloat,
            long payments,
            long counterSales,
            long pointsSales,
            long refunds,
            long expected,
            Long counted,
            Long difference) {}

    /** A recorded drawer count. */
    public record DailyCloseRecord(
            LocalDate date,
            long countedCash,
            long expectedCash,
            long difference,
            String note,
            String closedBy,
            Instant closedAt,
            String reopenedBy,
            Instant reopenedAt,
            String reopenReason) {}
}
