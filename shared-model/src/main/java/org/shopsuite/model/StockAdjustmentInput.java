package org.shopsuite.model;

/** A delivery (positive delta) or a count correction (either sign). */
public record StockAdjustmentInput(Integer delta, String reason) {}
