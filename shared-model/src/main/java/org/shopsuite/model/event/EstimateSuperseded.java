package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code EstimateSuperseded}: a newer version of the estimate was presented. */
public record EstimateSuperseded(long estimateId, int number, long byEstimateId) implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimateSuperseded;
    }
}
