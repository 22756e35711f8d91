package org.shopsuite.model;

import java.time.Instant;

/** One row of a part's stock ledger. */
public record StockMovement(
        long id,
        long vehiclePartId,
        MovementKind kind,
        int delta,
        int stockAfter,
        String reason,
        Long jobId,
        Long partRequestId,
        String actor,
        Instant occurredAt) {}
