package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code LowStock}: stock fell to or below the reorder point. */
public record LowStock(long vehiclePartId, String partId, String partName, int stock, int reorderPoint)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.LowStock;
    }
}
