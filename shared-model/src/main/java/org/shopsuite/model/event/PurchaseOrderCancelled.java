package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PurchaseOrderCancelled}: the order was cancelled before anything came. */
public record PurchaseOrderCancelled(long purchaseOrderId, String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.PurchaseOrderCancelled;
    }
}
