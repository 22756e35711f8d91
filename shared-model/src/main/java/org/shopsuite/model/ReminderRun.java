package org.shopsuite.model;

import java.time.LocalDate;

/**
 * What {@code POST /reminders/run} did: messages queued now, reminders already queued by an
 * earlier run, and reminders skipped because the customer has not agreed to messages.
 */
public record ReminderRun(LocalDate date, int queued, int alreadyQueued, int withoutConsent) {}
