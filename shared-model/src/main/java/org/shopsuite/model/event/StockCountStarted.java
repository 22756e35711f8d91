package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code StockCountStarted}: a count sheet was started with these parts' stock at that moment. */
public record StockCountStarted(long stockCountId, int lineCount) implements EventData {
    @Override
    public EventType type() {
        return EventType.StockCountStarted;
    }
}
