package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code DepositTaken}: a booking took its points deposit. */
public record DepositTaken(long customerId, long appointmentId, long points, long balance) implements EventData {
    @Override
    public EventType type() {
        return EventType.DepositTaken;
    }
}
