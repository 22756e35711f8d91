package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code ReceiptCancelled}: an accepted receipt is cancelled. */
public record ReceiptCancelled(String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.ReceiptCancelled;
    }
}
