package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One visit of a car to the shop (a receipt), as the vehicle's and the customer's history show it:
 * the work done is the hours worked and the parts fitted, with the mechanic's notes; money is the
 * current invoice's. {@code warrantyClaimId}: the comeback this visit re-repairs; {@code comebacks}:
 * those registered against this visit, with where each stands.
 */
public record Visit(
        long receiptId,
        LocalDate date,
        long vehicleId,
        String plate,
        long customerId,
        String customerName,
        Integer mileageKm,
        String request,
        ReceiptStatus status,
        String mechanicName,
        JobStatus jobStatus,
        BigDecimal laborHours,
        String notes,
        List<VisitPart> parts,
        Long invoiceId,
        String invoiceNumber,
        Long total,
        Long paid,
        Instant finishedAt,
        Instant releasedAt,
        Long warrantyClaimId,
        List<VisitClaim> comebacks) {}
