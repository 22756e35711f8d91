package org.shopsuite.model.event;

import java.time.Instant;
import org.shopsuite.model.EventType;

/** {@code VehicleReleased}: the car is handed back to the customer; {@code balance} left unpaid. */
public record VehicleReleased(long vehicleId, Instant releasedAt, long balance) implements EventData {
    @Override
    public EventType type() {
        return EventType.VehicleReleased;
    }
}
