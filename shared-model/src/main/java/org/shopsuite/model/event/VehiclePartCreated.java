package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code VehiclePartCreated}: a part is added to the catalogue. */
public record VehiclePartCreated(
        long vehiclePartId, String partId, String partName, int stock, long partPrice, int reorderPoint)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.VehiclePartCreated;
    }
}
