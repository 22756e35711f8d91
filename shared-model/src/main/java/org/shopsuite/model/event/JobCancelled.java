package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code JobCancelled}: the job of a cancelled receipt. */
public record JobCancelled(String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.JobCancelled;
    }
}
