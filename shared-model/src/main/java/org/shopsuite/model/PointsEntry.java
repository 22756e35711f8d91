package org.shopsuite.model;

import java.time.Instant;

/**
 * One entry of a customer's points ledger: {@code points} is signed (+ in, - out); {@code
 * reference} names what it belongs to ({@code invoice INV-2026-000012}, {@code appointment 7},
 * {@code purchase 3}) in words, and by id: {@code appointmentId}, {@code invoiceId}, {@code
 * paymentId}, {@code purchaseId} (null when it is not about one).
 */
public record PointsEntry(
        long id,
        PointsKind kind,
        long points,
        String reference,
        Instant at,
        String by,
        Long appointmentId,
        Long invoiceId,
        Long paymentId,
        Long purchaseId) {}
