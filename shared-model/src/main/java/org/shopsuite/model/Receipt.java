package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A repair receipt with the ids of its job, parts and invoice. The customer's name, phone and car
 * number are as typed that day; {@code customerId} and {@code vehicleId} name the records they were
 * matched to. {@code warnings} are those given when the receipt was taken or the car released.
 * {@code estimates} are the versions of its estimate, oldest first. {@code locationId} is the
 * location that took it (issue 22); its job and invoice are that location's.
 */
public record Receipt(
        long id,
        String customerName,
        String customerPhone,
        String carId,
        Vehicle vehicle,
        long mechanicId,
        String mechanicName,
        LocalDate requestDate,
        BigDecimal estimatedHours,
        String request,
        ReceiptStatus status,
        String rejectionReason,
        String cancelReason,
        Long jobId,
        JobStatus jobStatus,
        Long invoiceId,
        List<Long> partRequestIds,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Long customerId,
        Long vehicleId,
        Instant releasedAt,
        List<Warning> warnings,
        Instant promisedAt,
        List<EstimateSummary> estimates,
        long locationId) {}
