package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code SubletOrdered}: work was sent to a contractor (for a job or a warranty claim). */
public record SubletOrdered(
        long subletOrderId, long supplierId, Long claimId, Long jobId, String description, long cost, Long price)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.SubletOrdered;
    }
}
