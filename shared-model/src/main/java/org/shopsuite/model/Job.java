package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mechanic's job for one accepted receipt, with the parts requested for it. A comeback's re-repair
 * names its warranty claim and the claim's coverage (WARRANTY: no charge to the customer).
 */
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
        long version,
        Long warrantyClaimId,
        Coverage warrantyCoverage) {}
