package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code BayCreated}: a bay (lift) was added at a location ({@code locationId}; null before: location 1). */
public record BayCreated(long bayId, String name, Long locationId) implements EventData {
    @Override
    public EventType type() {
        return EventType.BayCreated;
    }
}
