package org.shopsuite.model;

/**
 * What an invoice line charges for. {@code SUBLET} (work sent to an outside shop) and {@code FEE}
 * lines come from an approved estimate.
 */
public enum LineKind {
    LABOR,
    PART,
    SUBLET,
    FEE,
    /** a coupon redeemed on the invoice: a negative amount, before tax */
    DISCOUNT
}
