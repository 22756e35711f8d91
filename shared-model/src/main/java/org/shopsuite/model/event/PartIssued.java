package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PartIssued}: a requested part is in stock and issued. */
public record PartIssued(long partRequestId, long vehiclePartId, int quantity, long unitPrice, int stockAfter)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PartIssued;
    }
}
