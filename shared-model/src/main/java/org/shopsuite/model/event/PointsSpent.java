package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PointsSpent}: points paid (part of) an invoice. */
public record PointsSpent(long customerId, long invoiceId, long paymentId, long points, long balance)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PointsSpent;
    }
}
