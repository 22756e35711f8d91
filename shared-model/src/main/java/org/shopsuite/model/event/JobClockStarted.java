package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code JobClockStarted}: a job's clock started (the job started; switchedFromJobId: the job whose clock it stopped). */
public record JobClockStarted(long jobId, long mechanicId, long entryId, Long switchedFromJobId) implements EventData {
    @Override
    public EventType type() {
        return EventType.JobClockStarted;
    }
}
