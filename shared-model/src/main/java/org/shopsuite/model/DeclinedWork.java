package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A line the customer declined on an earlier visit, for follow-up at the next. */
public record DeclinedWork(
        long receiptId,
        long estimateId,
        long lineId,
        Instant declinedAt,
        EstimateLineKind kind,
        String description,
        BigDecimal hours,
        BigDecimal quantity,
        Long unitPrice,
        long amount,
        Long vehiclePartId,
        PartGrade grade) {}
