package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;

/** {@code MechanicUpdated}: a mechanic's name, capacity or active flag changes. */
public record MechanicUpdated(long mechanicId, String name, BigDecimal dailyCapacityHours, boolean active)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.MechanicUpdated;
    }
}
