package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code InvoiceIssued}: a finished job is invoiced. */
public record InvoiceIssued(long invoiceId, String number, String currency, long subtotal, long tax, long total)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.InvoiceIssued;
    }
}
