package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentMethod;

/**
 * {@code PaymentRefunded}: money paid against an invoice goes back to the customer (when a paid
 * invoice is voided). {@code amount} is the refund's entry in the payments, so negative; {@code
 * paid} and {@code balance} are the invoice's afterwards.
 */
public record PaymentRefunded(
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
        return EventType.PaymentRefunded;
    }
}
