package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * Parts returned to a supplier (or cores for their deposit): {@code total} is what the shop expects
 * back; {@code ageDays} how long it has waited for the credit (0 once credited).
 */
public record VendorReturn(
        long id,
        long supplierId,
        String supplierName,
        VendorReturnKind kind,
        VendorReturnStatus status,
        List<VendorReturnLine> lines,
        long total,
        String creditMemoNumber,
        Long creditAmount,
        String createdBy,
        Instant createdAt,
        Instant creditedAt,
        long ageDays,
        long version) {}
