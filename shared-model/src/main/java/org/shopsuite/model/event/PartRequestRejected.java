package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PartRequestRejected}: a requested part is out of stock. */
public record PartRequestRejected(long partRequestId, long vehiclePartId, int quantity, int stock, String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PartRequestRejected;
    }
}
