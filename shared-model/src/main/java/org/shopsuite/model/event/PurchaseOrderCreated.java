package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PurchaseOrderCreated}: a draft purchase order. */
public record PurchaseOrderCreated(long purchaseOrderId, long supplierId, int lineCount, long total)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PurchaseOrderCreated;
    }
}
