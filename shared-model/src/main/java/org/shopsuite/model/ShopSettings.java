package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * The shop's own details and prices. Money is in minor units of {@code currency}; {@code
 * taxRatePercent} has at most two decimals.
 */
@JsonIgnoreProperties(value = {"version"}, allowGetters = true)
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
