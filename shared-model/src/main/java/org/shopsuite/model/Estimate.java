package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version ({@code number} 1, 2, ...) of a receipt's estimate. Totals as invoices have them: each
 * line's amount rounded half-up once, {@code tax} on the subtotal at {@code taxRatePercent}.
 * {@code approvedHours} are the approved LABOR hours, booked on the mechanic's day while this
 * version is the presented one. {@code validUntil} is printed on the estimate.
 */
public record Estimate(
        long id,
        long receiptId,
        int number,
        EstimateStatus status,
        List<EstimateLine> lines,
        String currency,
        BigDecimal taxRatePercent,
        long subtotal,
        long tax,
        long total,
        BigDecimal approvedHours,
        List<EstimateApproval> approvals,
        String createdBy,
        Instant createdAt,
        String presentedBy,
        Instant presentedAt,
        LocalDate validUntil,
        long version) {}
