package org.shopsuite.model;

/**
 * A coupon's state. {@code EXPIRED} is an issued coupon past {@code expiresAt}; {@code WITHDRAWN}
 * one whose booking was cancelled.
 */
public enum CouponStatus {
    ISSUED,
    REDEEMED,
    WITHDRAWN,
    EXPIRED
}
