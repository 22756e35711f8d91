package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code SubletCancelled}: the order was withdrawn (the customer cancelled, or the job was). */
public record SubletCancelled(long subletOrderId, long supplierId, String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.SubletCancelled;
    }
}
