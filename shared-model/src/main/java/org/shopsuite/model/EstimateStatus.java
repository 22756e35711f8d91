package org.shopsuite.model;

/**
 * Where a version of a receipt's estimate stands: a {@code DRAFT} is edited, a {@code PRESENTED} one
 * is frozen and is the estimate that counts, an older presented one is {@code SUPERSEDED}.
 */
public enum EstimateStatus {
    DRAFT,
    PRESENTED,
    SUPERSEDED
}
