package org.shopsuite.model;

/** A part the mechanic recommends, from the catalogue. */
public record RecommendedPart(Long vehiclePartId, Integer quantity) {}
