package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PurchaseOrderPlaced}: the order was sent to the supplier. */
public record PurchaseOrderPlaced(long purchaseOrderId, long supplierId, long total) implements EventData {
    @Override
    public EventType type() {
        return EventType.PurchaseOrderPlaced;
    }
}
