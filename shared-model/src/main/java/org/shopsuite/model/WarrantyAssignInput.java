package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /warrantyClaims/{id}/assign}: to a mechanic ({@code mechanicId}, with the
 * day and the estimated hours of the re-repair) with the reason it came back. ({@code supplierId},
 * a contractor, comes with sublet orders.)
 */
public record WarrantyAssignInput(
        Long mechanicId, Long supplierId, WarrantyReasonCode reasonCode, LocalDate date, BigDecimal estimatedHours) {}
