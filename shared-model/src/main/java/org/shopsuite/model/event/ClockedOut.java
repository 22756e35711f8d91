package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code ClockedOut}: a mechanic clocked out; a job clock still running was paused (END_OF_SHIFT). */
public record ClockedOut(long mechanicId, long entryId, Long pausedJobId) implements EventData {
    @Override
    public EventType type() {
        return EventType.ClockedOut;
    }
}
