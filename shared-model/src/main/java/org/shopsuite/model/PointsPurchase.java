package org.shopsuite.model;

import java.time.Instant;

/** A sale of points: what was paid, how, and the customer's balance after it. */
public record PointsPurchase(
        long id,
        long customerId,
        long points,
        long amount,
        PaymentMethod method,
        long balance,
        Instant at,
        String by) {}
