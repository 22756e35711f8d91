package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One car on the live status board (the read model). {@code invoiceTotal} and {@code
 * invoiceStatus} are those of the receipt's current invoice: a void one shows no total. {@code
 * warrantyClaimId} and {@code warrantyStatus}: the comeback registered against this visit, or the
 * one it re-repairs (the latest), and where it stands.
 */
public record StatusPageRow(
        long receiptId,
        String customerName,
        String carId,
        LocalDate requestDate,
        String mechanicName,
        ReceiptStatus receiptStatus,
        JobStatus jobStatus,
        Long invoiceTotal,
        InvoiceStatus invoiceStatus,
        Instant updatedAt,
        Instant releasedAt,
        Long warrantyClaimId,
        WarrantyClaimStatus warrantyStatus,
        long locationId) {}
