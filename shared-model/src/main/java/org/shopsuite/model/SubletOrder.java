package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Work sent to an outside shop (a contractor, one of the shop's suppliers): for a job ({@code
 * jobId}, billed on its invoice as a SUBLET line at {@code price}, or by the approved estimate
 * line {@code estimateLineId} it was made for) or for a warranty claim ({@code claimId}). {@code
 * cost} is what the contractor charges the shop (kept for gross profit, never printed for the
 * customer); {@code price} is what the customer is charged (null until known: a claim sent without
 * a price is billed at cost). The vehicle and the work only: never the customer's contact details.
 */
public record SubletOrder(
        long id,
        long supplierId,
        String supplierName,
        Long claimId,
        Long jobId,
        Long receiptId,
        Long estimateLineId,
        Long vehicleId,
        String plate,
        String vehicleDescription,
        String description,
        long cost,
        Long price,
        SubletOrderStatus status,
        LocalDate scheduledOn,
        String vendorInvoiceNumber,
        String notes,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        Instant completedAt,
        long version) {}
