package org.shopsuite.model;

/** A line of a purchase order: how many were ordered, at what cost, and how many came so far. */
public record PurchaseOrderLine(
        long id,
        long vehiclePartId,
        String partId,
        String partName,
        int quantity,
        long unitCost,
        int receivedQuantity,
        Long jobId) {}
