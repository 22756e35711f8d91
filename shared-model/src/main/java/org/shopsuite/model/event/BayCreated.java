package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code BayCreated}: a bay (lift) was added. */
public record BayCreated(long bayId, String name) implements EventData {
    @Override
    public EventType type() {
        return EventType.BayCreated;
    }
}
