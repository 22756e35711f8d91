package org.shopsuite.model;

/**
 * What a coupon of a promotion takes off an invoice: a percent of the labour lines, a percent of
 * the subtotal, or an amount in minor units (at most the subtotal).
 */
public enum PromotionKind {
    PERCENT_LABOR,
    PERCENT_TOTAL,
    AMOUNT
}
