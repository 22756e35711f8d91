package org.shopsuite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A location's opening hours ({@code locationId}): each day of the week, Monday first, and the
 * holidays it is closed. Until they are set every day is open all day ({@code weekdays} empty,
 * {@code version} 0). A {@code version} or {@code locationId} sent in a PUT body is not used
 * (If-Match is, and the query's location or the session's).
 */
public record OpeningHours(List<OpeningDay> weekdays, List<LocalDate> holidays, Long version, Long locationId) {}
