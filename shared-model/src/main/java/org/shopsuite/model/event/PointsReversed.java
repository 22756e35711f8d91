package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PointsReversed}: a voided invoice took back the points it had earned (the balance may go below zero). */
public record PointsReversed(long customerId, long invoiceId, long points, long balance) implements EventData {
    @Override
    public EventType type() {
        return EventType.PointsReversed;
    }
}
