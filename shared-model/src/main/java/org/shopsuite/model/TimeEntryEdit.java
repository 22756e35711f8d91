package org.shopsuite.model;

import java.time.Instant;

/** A manager's correction of a time entry: who, when, why, and the values it had before. */
public record TimeEntryEdit(String by, Instant at, String reason, TimeSpan before, boolean voided) {}
