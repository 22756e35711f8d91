package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/**
 * {@code PartBackordered}: a part request rejected for stock became a line of the supplier's draft
 * order, tied to the job; when it arrives and the job is still open, it is issued to it.
 */
public record PartBackordered(
        long partRequestId, long purchaseOrderId, long supplierId, long vehiclePartId, int quantity, long jobId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PartBackordered;
    }
}
