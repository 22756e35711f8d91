package org.shopsuite.model;

/** A part and a quantity moved by a counter sale. */
public record SoldPart(long vehiclePartId, int quantity) {}
