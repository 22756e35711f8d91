package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;

/** {@code EstimatePresented}: the estimate was given to the customer and is frozen; it replaces {@code supersededEstimateId} when there was one, and {@code approvedHours} are its approved LABOR hours carried over. */
public record EstimatePresented(
        long estimateId,
        int number,
        long subtotal,
        long tax,
        long total,
        Long supersededEstimateId,
        BigDecimal approvedHours)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimatePresented;
    }
}
