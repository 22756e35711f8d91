package org.shopsuite.model;

import java.time.DayOfWeek;

/**
 * A day of the week's opening hours: {@code opens} and {@code closes} as {@code HH:mm} (local time),
 * or {@code closed}.
 */
public record OpeningDay(DayOfWeek day, String opens, String closes, Boolean closed) {}
