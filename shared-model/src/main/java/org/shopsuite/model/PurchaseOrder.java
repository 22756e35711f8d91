package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * A purchase order to one supplier. {@code total} is the lines' quantity x unit cost (minor units);
 * {@code deliveries} are what was received against it, oldest first.
 */
public record PurchaseOrder(
        long id,
        long supplierId,
        String supplierName,
        PurchaseOrderStatus status,
        List<PurchaseOrderLine> lines,
        long total,
        List<Delivery> deliveries,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        Instant orderedAt,
        Instant closedAt,
        long version) {}
