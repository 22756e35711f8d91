package org.shopsuite.model;

import java.time.LocalDate;

/** Body of {@code POST /reminders/run}. */
public record ReminderRunInput(LocalDate date) {}
