package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.PaymentMethod;

/**
 * {@code PaymentVoided}: a manager voids one payment. {@code paymentId} is the new entry in the
 * payments (its {@code amount} the negative of the voided payment's, by the same {@code method});
 * {@code voidsPaymentId} is the payment voided; {@code paid}, {@code balance} and {@code status}
 * are the invoice's afterwards.
 */
public record PaymentVoided(
        long invoiceId,
        long paymentId,
        long voidsPaymentId,
        long amount,
        PaymentMethod method,
        String reason,
        long paid,
        long balance,
        InvoiceStatus status)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PaymentVoided;
    }
}
