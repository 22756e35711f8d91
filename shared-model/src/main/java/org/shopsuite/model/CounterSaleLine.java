package org.shopsuite.model;

/** A line of a counter sale at the part's price when sold. */
public record CounterSaleLine(
        long vehiclePartId, String partId, String partName, int quantity, long unitPrice, long amount) {}
