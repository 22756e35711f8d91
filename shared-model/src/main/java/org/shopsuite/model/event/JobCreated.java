package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;
import org.shopsuite.model.JobStatus;

/** {@code JobCreated}: the job of an accepted receipt. */
public record JobCreated(
        long jobId,
        long mechanicId,
        String mechanicName,
        LocalDate workDate,
        BigDecimal estimatedHours,
        JobStatus jobStatus)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.JobCreated;
    }
}
