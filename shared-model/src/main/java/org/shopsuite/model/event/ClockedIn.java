package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code ClockedIn}: a mechanic clocked in (automatically, when a job's clock needed it). */
public record ClockedIn(long mechanicId, long entryId, boolean automatic) implements EventData {
    @Override
    public EventType type() {
        return EventType.ClockedIn;
    }
}
