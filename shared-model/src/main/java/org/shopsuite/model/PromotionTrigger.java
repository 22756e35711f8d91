package org.shopsuite.model;

/** When a promotion's coupons are issued: one per booking, or by hand. */
public enum PromotionTrigger {
    ON_BOOKING,
    MANUAL
}
