package org.shopsuite.model;

/** A part sold over the counter and how many. */
public record CounterSaleLineInput(Long vehiclePartId, Integer quantity) {}
