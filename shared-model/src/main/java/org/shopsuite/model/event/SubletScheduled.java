package org.shopsuite.model.event;

import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code SubletScheduled}: the contractor arranged the day of the work. */
public record SubletScheduled(long subletOrderId, long supplierId, LocalDate scheduledOn) implements EventData {
    @Override
    public EventType type() {
        return EventType.SubletScheduled;
    }
}
