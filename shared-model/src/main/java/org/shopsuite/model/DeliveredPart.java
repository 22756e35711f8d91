package org.shopsuite.model;

/** A part of a delivery as received. */
public record DeliveredPart(long vehiclePartId, int quantity, long unitCost) {}
