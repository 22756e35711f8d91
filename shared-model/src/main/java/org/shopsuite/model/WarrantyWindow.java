package org.shopsuite.model;

/**
 * One row of the free re-repair windows: a car under {@code maxAgeMonths} old, or that had run at
 * most {@code maxKm}, at the original repair, is re-repaired free for {@code days} days (either
 * limit null: that test does not apply; both null: every car). Rows are tried in order.
 */
public record WarrantyWindow(Integer maxAgeMonths, Integer maxKm, Integer days) {}
