package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.util.List;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.EventType;

/** {@code EstimateLinesApproved}: the customer approved these lines; {@code approvedHours} are the estimate's approved LABOR hours now. */
public record EstimateLinesApproved(
        long estimateId, List<Long> lineIds, ApprovalMethod method, String customerName, BigDecimal approvedHours)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimateLinesApproved;
    }
}
