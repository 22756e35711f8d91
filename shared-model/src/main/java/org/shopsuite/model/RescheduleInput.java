package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /appointments/{id}/reschedule}: the new day and start, and optionally other
 * hours, mechanic or bay (those left out stay as booked).
 */
public record RescheduleInput(LocalDate date, String startTime, BigDecimal hours, Long mechanicId, Long bayId) {}
