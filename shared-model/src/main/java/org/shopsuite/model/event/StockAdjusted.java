package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code StockAdjusted}: a manual stock correction. */
public record StockAdjusted(long vehiclePartId, String partId, int delta, String reason, int stockAfter)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.StockAdjusted;
    }
}
