package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code DepositForfeited}: a no-show: the shop keeps the booking's deposit. */
public record DepositForfeited(long customerId, long appointmentId, long points) implements EventData {
    @Override
    public EventType type() {
        return EventType.DepositForfeited;
    }
}
