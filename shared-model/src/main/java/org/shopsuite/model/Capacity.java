package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A mechanic's labour hours on one day. */
public record Capacity(LocalDate date, BigDecimal capacityHours, BigDecimal bookedHours, BigDecimal remainingHours) {}
