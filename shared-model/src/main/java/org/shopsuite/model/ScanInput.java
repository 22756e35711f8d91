package org.shopsuite.model;

/** A scan on a count sheet: a part by barcode or id; one unit unless a quantity is given. */
public record ScanInput(String barcode, Long vehiclePartId, Integer quantity) {}
