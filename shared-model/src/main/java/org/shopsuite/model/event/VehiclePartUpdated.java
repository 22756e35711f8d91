package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code VehiclePartUpdated}: a part's catalogue entry changes. */
public record VehiclePartUpdated(
        long vehiclePartId, String partId, String partName, int stock, long partPrice, int reorderPoint)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.VehiclePartUpdated;
    }
}
