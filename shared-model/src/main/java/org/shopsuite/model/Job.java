package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mechanic's job for one accepted receipt, with the parts requested for it. */
public record Job(
        long id,
        long receiptId,
        long mechanicId,
        String mechanicName,
        String customerName,
        String carId,
        Vehicle vehicle,
        String request,
        LocalDate workDate,
        BigDecimal estimatedHours,
        BigDecimal laborHours,
        JobStatus status,
        String notes,
        Instant startedAt,
        Instant finishedAt,
        Long invoiceId,
        List<PartRequest> partRequests,
        long version) {}
