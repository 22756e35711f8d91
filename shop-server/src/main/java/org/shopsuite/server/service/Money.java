package org.shopsuite.server.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is whole minor units of the shop's currency; products are rounded half-up once. */
public final class Money {
    /** Upper bound for any single amount: far above any repair bill, far below overflow. */
    public static final long MAX = 1_000_000_000_000L;

    private Money() {}

    /** {@code centiQuantity/100 x unitPrice}, rounded half-up to the minor unit. */
    public static long times(long centiQuantity, long unitPrice) {
        return BigDecimal.valueOf(centiQuantity)
                .multiply(BigDecimal.valueOf(unitPrice))
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** {@code amount x basisPoints/10000}, rounded half-up to the minor unit. */
    public static long percent(long amount, long basisPoints) {
        return BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(basisPoints))
                .movePointLeft(4)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
