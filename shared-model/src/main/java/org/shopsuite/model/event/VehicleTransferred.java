package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code VehicleTransferred}: a vehicle has a new owner; its history stays with it. */
public record VehicleTransferred(long vehicleId, long fromCustomerId, long toCustomerId, String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.VehicleTransferred;
    }
}
