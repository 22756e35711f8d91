package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.Fuel;

/** {@code VehicleUpdated}: a vehicle's record as it now stands ({@code active: false} when it left). */
public record VehicleUpdated(
        long vehicleId,
        String plate,
        boolean plateStandard,
        String vin,
        String make,
        String model,
        Integer year,
        Fuel fuel,
        String colour,
        boolean active)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.VehicleUpdated;
    }
}
