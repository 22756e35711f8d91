package org.shopsuite.model.event;

import org.shopsuite.model.Coverage;
import org.shopsuite.model.EventType;
import org.shopsuite.model.WarrantyReasonCode;

/**
 * {@code WarrantyClaimAssigned}: a comeback's re-repair was given to a mechanic (its receipt and
 * job) or to a contractor (its sublet order).
 */
public record WarrantyClaimAssigned(
        long claimId,
        Long mechanicId,
        WarrantyReasonCode reasonCode,
        Long receiptId,
        Long jobId,
        Coverage coverage,
        Long supplierId,
        Long subletOrderId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimAssigned;
    }
}
