package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code EstimateCreated}: a new version of the receipt's estimate, a draft. */
public record EstimateCreated(long estimateId, int number, int lineCount, long total) implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimateCreated;
    }
}
