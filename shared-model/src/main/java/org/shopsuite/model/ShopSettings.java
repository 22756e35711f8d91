package org.shopsuite.model;

import java.math.BigDecimal;

/**
 * The shop's own details and prices. Money is in minor units of {@code currency}; {@code
 * taxRatePercent} has at most two decimals. A {@code version} sent in a PUT body is not used: the
 * version an update is based on comes from If-Match.
 */
public record ShopSettings(
        String name,
        String address,
        String phone,
        String currency,
        Long laborRatePerHour,
        BigDecimal taxRatePercent,
        String timezone,
        String invoicePrefix,
        Long version) {}
