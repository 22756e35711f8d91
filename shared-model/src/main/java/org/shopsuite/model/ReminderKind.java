package org.shopsuite.model;

/** A reminder of tomorrow's appointment, or of a car due for service. */
public enum ReminderKind {
    APPOINTMENT,
    SERVICE_DUE
}
