package org.shopsuite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The shop's opening hours: each day of the week, Monday first, and the holidays it is closed.
 * Until they are set every day is open all day ({@code weekdays} empty, {@code version} 0). A
 * {@code version} sent in a PUT body is not used (If-Match is).
 */
public record OpeningHours(List<OpeningDay> weekdays, List<LocalDate> holidays, Long version) {}
