package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The bill for a finished job; amounts in minor units of {@code currency}. The currency, tax
 * rate, labour rate and issuer are as they were when the invoice was issued. {@code paid} is net
 * of refunds (a refund is a payment with a negative amount); a void invoice has a balance of 0.
 * {@code replacesInvoiceId} names the void invoice a reissue replaces. For a receipt with an
 * estimate the invoice bills its approved lines, and {@code discrepancies} names every part issued
 * in another quantity than approved (empty otherwise). {@code locationId} is the location that
 * issued it (its receipt's): its prefix begins the number and its details are the issuer's.
 */
public record Invoice(
        long id,
        String number,
        long receiptId,
        long jobId,
        String currency,
        BigDecimal taxRatePercent,
        long laborRatePerHour,
        InvoiceIssuer issuer,
        List<InvoiceLine> lines,
        long subtotal,
        long tax,
        long total,
        long paid,
        long balance,
        InvoiceStatus status,
        Instant issuedAt,
        String voidReason,
        Instant voidedAt,
        Long replacesInvoiceId,
        List<Payment> payments,
        long version,
        List<Discrepancy> discrepancies,
        long locationId) {}
