package org.shopsuite.model;

/** A part sent back: how many, at what cost (or core deposit) each, and why. */
public record VendorReturnLine(Long vehiclePartId, Integer quantity, Long unitCost, String reason) {}
