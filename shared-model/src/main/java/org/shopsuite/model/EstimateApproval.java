package org.shopsuite.model;

import java.time.Instant;

/** One recorded approval: how the customer agreed, who for them, and how many lines it decided. */
public record EstimateApproval(
        long id,
        ApprovalMethod method,
        String customerName,
        String note,
        int approved,
        int declined,
        String recordedBy,
        Instant recordedAt) {}
