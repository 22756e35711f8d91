package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/** The bill for a finished job; amounts in minor units of {@code currency}. */
public record Invoice(
        long id,
        String number,
        long receiptId,
        long jobId,
        String currency,
        List<InvoiceLine> lines,
        long subtotal,
        long tax,
        long total,
        long paid,
        long balance,
        InvoiceStatus status,
        Instant issuedAt,
        String voidReason,
        List<Payment> payments,
        long version) {}
