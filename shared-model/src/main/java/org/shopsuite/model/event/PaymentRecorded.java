package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentMethod;

/** {@code PaymentRecorded}: a payment against an invoice. */
public record PaymentRecorded(
        long invoiceId,
        long paymentId,
        long amount,
        PaymentMethod method,
        long paid,
        long balance,
        InvoiceStatus status)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PaymentRecorded;
    }
}
