package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;

/** {@code MechanicCreated}: a mechanic is added. */
public record MechanicCreated(long mechanicId, String name, BigDecimal dailyCapacityHours, boolean active)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.MechanicCreated;
    }
}
