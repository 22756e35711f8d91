package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/**
 * {@code LowStock}: what is available at a location ({@code locationId}; null before locations:
 * location 1) fell to or below the reorder point.
 */
public record LowStock(long vehiclePartId, String partId, String partName, int stock, int reorderPoint, Long locationId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.LowStock;
    }
}
