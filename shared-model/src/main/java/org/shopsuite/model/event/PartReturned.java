package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PartReturned}: an issued part goes back to stock. */
public record PartReturned(long partRequestId, long vehiclePartId, int quantity, int stockAfter) implements EventData {
    @Override
    public EventType type() {
        return EventType.PartReturned;
    }
}
