package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code EstimateUpdated}: a draft estimate's lines were changed. */
public record EstimateUpdated(long estimateId, int number, int lineCount, long total) implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimateUpdated;
    }
}
