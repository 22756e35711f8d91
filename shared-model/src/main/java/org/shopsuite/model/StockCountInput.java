package org.shopsuite.model;

import java.util.List;

/** Body of {@code POST /stockCounts}: the parts to count (every part when omitted). */
public record StockCountInput(List<Long> vehiclePartIds) {}
