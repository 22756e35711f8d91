package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code BayUpdated}: a bay was renamed, taken out of use or brought back. */
public record BayUpdated(long bayId, String name, boolean active) implements EventData {
    @Override
    public EventType type() {
        return EventType.BayUpdated;
    }
}
