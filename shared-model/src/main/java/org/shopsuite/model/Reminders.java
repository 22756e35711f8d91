package org.shopsuite.model;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /reminders?date=}: tomorrow's appointments and the cars due for service. */
public record Reminders(LocalDate date, List<Reminder> items) {}
