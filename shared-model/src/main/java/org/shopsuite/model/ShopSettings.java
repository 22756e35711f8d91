package org.shopsuite.model;

import java.math.BigDecimal;

/**
 * The shop's own details and prices. Money is in minor units of {@code currency}; {@code
 * taxRatePercent} has at most two decimals. A {@code version} sent in a PUT body is not used: the
 * version an update is based on comes from If-Match. {@code businessRegistrationNumber} (사업자등록번호)
 * and {@code representative} (대표자) came later: absent (null) in a PUT body means unchanged, an
 * empty text clears them.
 */
public record ShopSettings(
        String name,
        String address,
        String phone,
        String businessRegistrationNumber,
        String representative,
        String currency,
        Long laborRatePerHour,
        BigDecimal taxRatePercent,
        String timezone,
        String invoicePrefix,
        Long version) {}
