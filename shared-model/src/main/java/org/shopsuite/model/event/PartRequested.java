package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PartRequested}: the mechanic asks for a part. */
public record PartRequested(long partRequestId, long vehiclePartId, String partId, String partName, int quantity)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PartRequested;
    }
}
