package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CounterSaleReturned}: parts handed over came back: stock up, the money refunded. */
public record CounterSaleReturned(long counterSaleId, String reason, long refunded) implements EventData {
    @Override
    public EventType type() {
        return EventType.CounterSaleReturned;
    }
}
