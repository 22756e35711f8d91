package org.shopsuite.model;

import java.time.Instant;

/**
 * A payment received against an invoice, or a correction given back (a negative {@code amount}):
 * entries are never edited, so {@code paid} is the sum of them all. A correction is a refund (of
 * part of what was paid, or of all of it when the invoice is voided) or the void of one payment;
 * {@code voidsPaymentId} names the payment a void cancels, and that payment's {@code
 * voidedByPaymentId} names the void. {@code reason} is why a correction was given (null on a
 * payment). {@code receivedBy} and {@code receivedAt} say who entered it and when.
 */
public record Payment(
        long id,
        long amount,
        PaymentMethod method,
        String receivedBy,
        Instant receivedAt,
        Long voidsPaymentId,
        Long voidedByPaymentId,
        String reason) {}
