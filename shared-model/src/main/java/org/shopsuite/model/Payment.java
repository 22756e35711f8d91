package org.shopsuite.model;

import java.time.Instant;

/**
 * A payment received against an invoice, or a refund given back (a negative {@code amount}):
 * entries are never edited, so {@code paid} is the sum of them all.
 */
public record Payment(long id, long amount, PaymentMethod method, String receivedBy, Instant receivedAt) {}
