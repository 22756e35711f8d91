package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A repair receipt with the ids of its job, parts and invoice. */
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
        long version) {}
