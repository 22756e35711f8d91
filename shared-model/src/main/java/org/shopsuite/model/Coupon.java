package org.shopsuite.model;

import java.time.Instant;

/**
 * A coupon a customer holds: issued by a promotion (on a booking, {@code appointmentId} set),
 * redeemed once on one of the customer's invoices ({@code invoiceId}). {@code kind}, {@code
 * value} and {@code promotionName} are the promotion's.
 */
public record Coupon(
        long id,
        String code,
        long promotionId,
        String promotionName,
        PromotionKind kind,
        long value,
        long customerId,
        Long appointmentId,
        CouponStatus status,
        Instant issuedAt,
        Instant expiresAt,
        Long invoiceId,
        Instant redeemedAt) {}
