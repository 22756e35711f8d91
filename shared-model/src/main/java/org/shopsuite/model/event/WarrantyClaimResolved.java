package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code WarrantyClaimResolved}: a comeback's re-repair was finished. */
public record WarrantyClaimResolved(long claimId, Long receiptId, Long jobId) implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimResolved;
    }
}
