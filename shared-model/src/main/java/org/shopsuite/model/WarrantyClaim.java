package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A comeback of an earlier repair ({@code originalReceiptId}). {@code coverage} is computed at
 * registration from the window the car was in at that repair ({@code windowDays} from {@code
 * windowStartsOn}, the day the car was released after it, or finished when never released, to
 * {@code windowEndsOn} inclusive); a manager may override it ({@code overriddenBy}, {@code
 * overrideReason}). Once assigned to a mechanic, {@code receiptId} and {@code jobId} are the
 * re-repair's, or {@code subletOrderId} once given to a contractor; a receipt refused for capacity is {@code rejectedReceiptId} and the claim stays
 * REGISTERED.
 */
public record WarrantyClaim(
        long id,
        long originalReceiptId,
        long vehicleId,
        String plate,
        long customerId,
        String customerName,
        String complaint,
        int mileageKm,
        WarrantyClaimStatus status,
        Coverage coverage,
        String coverageReason,
        Integer windowDays,
        LocalDate windowStartsOn,
        LocalDate windowEndsOn,
        String overriddenBy,
        String overrideReason,
        WarrantyReasonCode reasonCode,
        Long receiptId,
        Long jobId,
        Long subletOrderId,
        Long rejectedReceiptId,
        String rejectionReason,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        long version) {}
