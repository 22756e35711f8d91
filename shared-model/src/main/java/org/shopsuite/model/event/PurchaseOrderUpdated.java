package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PurchaseOrderUpdated}: a draft purchase order's supplier or lines were changed. */
public record PurchaseOrderUpdated(long purchaseOrderId, long supplierId, int lineCount, long total)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PurchaseOrderUpdated;
    }
}
