package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code WarrantyClaimCancelled}: the customer cancelled a comeback; what its assignment made was withdrawn. */
public record WarrantyClaimCancelled(long claimId, String reason, Long receiptId) implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimCancelled;
    }
}
