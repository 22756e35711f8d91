package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentMethod;

/**
 * {@code PaymentRefunded}: money paid against an invoice goes back to the customer: all of it when
 * a paid invoice is voided, or part of it by a manager's refund. {@code amount} is the refund's
 * entry in the payments, so negative; {@code paid} and {@code balance} are the invoice's
 * afterwards. {@code reason} is the refund's (null on events stored before it was recorded).
 */
public record PaymentRefunded(
        long invoiceId,
        long paymentId,
        long amount,
        PaymentMethod method,
        long paid,
        long balance,
        InvoiceStatus status,
        String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PaymentRefunded;
    }
}
