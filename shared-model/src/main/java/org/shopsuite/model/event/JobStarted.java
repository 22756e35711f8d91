package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.JobStatus;

/** {@code JobStarted}: the mechanic starts the job. */
public record JobStarted(JobStatus jobStatus, long mechanicId) implements EventData {
    @Override
    public EventType type() {
        return EventType.JobStarted;
    }
}
