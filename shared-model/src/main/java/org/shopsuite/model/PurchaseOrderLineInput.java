package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A line as ordered; {@code jobId} ties it to the job that needs it. */
@JsonIgnoreProperties(value = {"id", "partId", "partName", "receivedQuantity"})
public record PurchaseOrderLineInput(Long vehiclePartId, Integer quantity, Long unitCost, Long jobId) {}
