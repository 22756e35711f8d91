package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PurchaseOrderClosed}: the shop expects no more against the order. */
public record PurchaseOrderClosed(long purchaseOrderId) implements EventData {
    @Override
    public EventType type() {
        return EventType.PurchaseOrderClosed;
    }
}
