package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of an estimate. A {@code LABOR} line has {@code hours} and {@code rate} (per hour) and
 * {@code amount = hours x rate}; the other kinds have {@code quantity} and {@code unitPrice} and
 * {@code amount = quantity x unitPrice}, a {@code PART} line also the catalogue part and the grade
 * chosen. Each amount is rounded half-up once, in minor units. {@code decision} is the customer's,
 * with who recorded it and when. {@code recommendedBy} names the mechanic who recommended the line
 * during the job; {@code overrideReason} says why a manager corrected its price after approval.
 */
public record EstimateLine(
        long id,
        EstimateLineKind kind,
        String description,
        BigDecimal hours,
        Long rate,
        BigDecimal quantity,
        Long unitPrice,
        Long vehiclePartId,
        PartGrade grade,
        long amount,
        Decision decision,
        Instant decidedAt,
        String decidedBy,
        String recommendedBy,
        String overrideReason) {}
