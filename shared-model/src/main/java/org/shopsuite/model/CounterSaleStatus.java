package org.shopsuite.model;

/**
 * Where a counter sale stands: {@code PAID} (the parts reserved, not yet handed over), {@code
 * HANDED_OVER}, {@code CANCELLED} before the handover (refunded), {@code RETURNED} after it.
 */
public enum CounterSaleStatus {
    PAID,
    HANDED_OVER,
    CANCELLED,
    RETURNED
}
