package org.shopsuite.model;

/**
 * A promotion: the coupons it issues take {@code value} off an invoice (a percent from 1 to 100,
 * or an amount in minor units for {@code AMOUNT}) and are valid {@code validDays} days from the
 * day they are issued.
 */
public record Promotion(
        long id,
        String name,
        PromotionKind kind,
        long value,
        int validDays,
        PromotionTrigger trigger,
        boolean active,
        long version) {}
