package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * A sale of parts over the counter, paid when made: totals as invoices compute them; {@code
 * amountReceived} and {@code changeGiven} for cash; {@code refunded} once cancelled or returned.
 * {@code locationId} is the location that made it (its drawer's cash).
 */
public record CounterSale(
        long id,
        Long customerId,
        CounterSaleStatus status,
        List<CounterSaleLine> lines,
        String currency,
        long subtotal,
        long tax,
        long total,
        PaymentMethod method,
        long amountReceived,
        long changeGiven,
        long refunded,
        String cancelReason,
        String soldBy,
        Instant soldAt,
        Instant handedOverAt,
        Instant cancelledAt,
        long version,
        long locationId) {}
