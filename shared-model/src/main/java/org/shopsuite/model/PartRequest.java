package org.shopsuite.model;

import java.time.Instant;

/**
 * A request for parts on a job: issued from stock, or rejected. Issued parts can go back to stock
 * in one or more returns: {@code returnedQuantity} of {@code quantity} are back, and the request is
 * RETURNED once all are. A versioned resource like the others: {@code version} is 1 when made and
 * goes up with each change (each return). {@code grade} is the grade issued (the approved estimate
 * line's, else NEW) and {@code unitCost} the part's cost at issue (null for requests made before).
 * {@code backorderId}: the purchase order a request rejected for stock was backordered on.
 */
public record PartRequest(
        long id,
        long jobId,
        long vehiclePartId,
        String partId,
        String partName,
        int quantity,
        int returnedQuantity,
        PartRequestStatus status,
        String rejectionReason,
        long unitPrice,
        long amount,
        String requestedBy,
        Instant requestedAt,
        Instant returnedAt,
        long version,
        PartGrade grade,
        Long unitCost,
        Long backorderId) {}
