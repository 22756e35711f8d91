package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code ReceiptRejected}: the compensating step of a receipt that does not fit. */
public record ReceiptRejected(String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.ReceiptRejected;
    }
}
