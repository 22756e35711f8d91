package org.shopsuite.model;

import java.math.BigDecimal;

/**
 * Parts whose cost is in [{@code fromCost}, {@code toCost}) (minor units; {@code toCost} null for
 * the last band) are priced at cost x {@code multiplierPercent}/100.
 */
public record PriceBand(Long fromCost, Long toCost, BigDecimal multiplierPercent) {}
