package org.shopsuite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A mechanic's days off, in date order. In a PUT body only {@code dates} is read: it replaces the
 * list (If-Match carries the version).
 */
public record DaysOff(Long mechanicId, List<LocalDate> dates, Long version) {}
