package org.shopsuite.model;

import java.time.Instant;

/** A payment received against an invoice. */
public record Payment(long id, long amount, PaymentMethod method, String receivedBy, Instant receivedAt) {}
