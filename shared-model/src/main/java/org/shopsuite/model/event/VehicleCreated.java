package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.Fuel;

/** {@code VehicleCreated}: a car the shop now knows, and its owner. */
public record VehicleCreated(
        long vehicleId,
        String plate,
        boolean plateStandard,
        String vin,
        String make,
        String model,
        Integer year,
        Fuel fuel,
        String colour,
        long customerId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.VehicleCreated;
    }
}
