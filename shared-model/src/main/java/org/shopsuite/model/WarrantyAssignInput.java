package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /warrantyClaims/{id}/assign}, with the reason the work came back: either to a
 * mechanic ({@code mechanicId}, with the day and the estimated hours of the re-repair, through the
 * capacity check) or to a contractor ({@code supplierId}: a sublet order; {@code price}, minor
 * units, what a BILLABLE claim will be billed, at cost when omitted).
 */
public record WarrantyAssignInput(
        Long mechanicId,
        Long supplierId,
        WarrantyReasonCode reasonCode,
        LocalDate date,
        BigDecimal estimatedHours,
        Long price) {}
