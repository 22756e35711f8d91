package org.shopsuite.model;

import java.util.List;

/**
 * The shop's parts pricing: bands from a cost of 0, contiguous, the last one open. A {@code version}
 * sent in a PUT body is not used (If-Match is).
 */
public record PartsPricing(List<PriceBand> bands, Long version) {}
