package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code InvoiceVoided}: an invoice is voided. */
public record InvoiceVoided(long invoiceId, String number, String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.InvoiceVoided;
    }
}
