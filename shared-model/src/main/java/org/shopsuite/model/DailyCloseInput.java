package org.shopsuite.model;

import java.time.LocalDate;

/** The drawer count at the end of a day: {@code countedCash} in minor units, and a note (optional). */
public record DailyCloseInput(LocalDate date, Long countedCash, String note) {}
