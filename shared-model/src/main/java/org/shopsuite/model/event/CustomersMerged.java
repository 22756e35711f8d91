package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.EventType;

/**
 * {@code CustomersMerged}: a duplicate customer record folded into the survivor; its vehicles and
 * receipts now belong to the survivor, and the duplicate is kept as merged.
 */
public record CustomersMerged(long survivorId, long duplicateId, String reason, List<Long> vehicleIds, int receiptCount)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CustomersMerged;
    }
}
