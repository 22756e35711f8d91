package org.shopsuite.model;

import java.time.Instant;

/**
 * A request for parts on a job: issued from stock, or rejected. A versioned resource like the
 * others: {@code version} is 1 when made and goes up with each change (an issued part returned).
 */
public record PartRequest(
        long id,
        long jobId,
        long vehiclePartId,
        String partId,
        String partName,
        int quantity,
        PartRequestStatus status,
        String rejectionReason,
        long unitPrice,
        long amount,
        String requestedBy,
        Instant requestedAt,
        Instant returnedAt,
        long version) {}
