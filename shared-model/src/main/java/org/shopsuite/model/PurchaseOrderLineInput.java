package org.shopsuite.model;

/** A line as ordered; {@code jobId} ties it to the job that needs it. */
public record PurchaseOrderLineInput(Long vehiclePartId, Integer quantity, Long unitCost, Long jobId) {}
