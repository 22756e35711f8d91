package org.shopsuite.server.service;

import java.math.BigDecimal;

/** Labour hours are stored exactly, as whole hundredths of an hour. */
public final class Hours {
    private Hours() {}

    public static long toCenti(BigDecimal hours) {
        return hours.movePointRight(2).longValueExact();
    }

    public static BigDecimal of(long centi) {
        BigDecimal h = BigDecimal.valueOf(centi, 2).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h;
    }

    public static BigDecimal of(Long centi) {
        return centi == null ? null : of(centi.longValue());
    }
}
