package org.shopsuite.model;

/** A part delivered: by its id or its barcode (as scanned), how many, and at what cost. */
public record DeliveryLine(Long vehiclePartId, String barcode, Integer quantity, Long unitCost) {}
