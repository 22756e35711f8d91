package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/**
 * {@code InvoiceIssued}: a finished job is invoiced, or invoiced again after its invoice was
 * voided ({@code replacesInvoiceId} and {@code reason} then say which and why; null otherwise).
 */
public record InvoiceIssued(
        long invoiceId,
        String number,
        String currency,
        long subtotal,
        long tax,
        long total,
        Long replacesInvoiceId,
        String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.InvoiceIssued;
    }
}
