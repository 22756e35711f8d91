package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CounterSaleCancelled}: a sale cancelled before the handover: the reservation released, the money refunded. */
public record CounterSaleCancelled(long counterSaleId, String reason, long refunded) implements EventData {
    @Override
    public EventType type() {
        return EventType.CounterSaleCancelled;
    }
}
