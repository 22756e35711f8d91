package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code WarrantyClaimResolved}: a comeback's re-repair was finished, in-house or by the contractor. */
public record WarrantyClaimResolved(long claimId, Long receiptId, Long jobId, Long subletOrderId) implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimResolved;
    }
}
