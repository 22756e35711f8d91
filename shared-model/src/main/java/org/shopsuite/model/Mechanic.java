package org.shopsuite.model;

import java.math.BigDecimal;

/** A mechanic and the labour hours they can take on per day. */
public record Mechanic(long id, String name, BigDecimal dailyCapacityHours, boolean active, long version) {}
