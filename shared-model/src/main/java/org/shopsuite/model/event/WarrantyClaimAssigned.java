package org.shopsuite.model.event;

import org.shopsuite.model.Coverage;
import org.shopsuite.model.EventType;
import org.shopsuite.model.WarrantyReasonCode;

/** {@code WarrantyClaimAssigned}: a comeback's re-repair was given to a mechanic: its receipt and job. */
public record WarrantyClaimAssigned(
        long claimId, long mechanicId, WarrantyReasonCode reasonCode, long receiptId, long jobId, Coverage coverage)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimAssigned;
    }
}
