package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PointsEarned}: a paid invoice earned the customer points. */
public record PointsEarned(long customerId, long invoiceId, long points, long balance) implements EventData {
    @Override
    public EventType type() {
        return EventType.PointsEarned;
    }
}
