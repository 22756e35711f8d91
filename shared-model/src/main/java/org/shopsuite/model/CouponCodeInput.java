package org.shopsuite.model;

/** Body of {@code POST /invoices/{id}/coupons}: the code on the coupon, as the customer reads it. */
public record CouponCodeInput(String code) {}
