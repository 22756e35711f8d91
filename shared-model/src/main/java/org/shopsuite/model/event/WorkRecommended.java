package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;

/** {@code WorkRecommended}: the job's mechanic found more work; {@code estimateId} is the new version, already presented, with the recommended lines pending. */
public record WorkRecommended(
        long estimateId, int number, String description, BigDecimal hours, int partLines, String recommendedBy)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.WorkRecommended;
    }
}
