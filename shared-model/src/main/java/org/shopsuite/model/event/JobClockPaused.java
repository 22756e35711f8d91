package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.PauseReason;

/** {@code JobClockPaused}: a job's clock stopped while the job goes on, and why. */
public record JobClockPaused(long jobId, long mechanicId, long entryId, PauseReason reason, String note)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.JobClockPaused;
    }
}
