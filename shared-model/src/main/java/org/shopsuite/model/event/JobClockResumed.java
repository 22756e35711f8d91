package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code JobClockResumed}: a job's clock runs again (switchedFromJobId: the job whose clock it stopped). */
public record JobClockResumed(long jobId, long mechanicId, long entryId, Long switchedFromJobId) implements EventData {
    @Override
    public EventType type() {
        return EventType.JobClockResumed;
    }
}
