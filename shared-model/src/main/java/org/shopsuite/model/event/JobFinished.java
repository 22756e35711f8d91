package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;
import org.shopsuite.model.JobStatus;

/** {@code JobFinished}: the mechanic finishes the job (the invoice follows). */
public record JobFinished(JobStatus jobStatus, BigDecimal laborHours, String notes) implements EventData {
    @Override
    public EventType type() {
        return EventType.JobFinished;
    }
}
