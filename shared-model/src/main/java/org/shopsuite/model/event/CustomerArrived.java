package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CustomerArrived}: the customer of a booking came: the receipt made from it. */
public record CustomerArrived(long appointmentId, long receiptId) implements EventData {
    @Override
    public EventType type() {
        return EventType.CustomerArrived;
    }
}
