package org.shopsuite.model;

/** What a time entry measures: a mechanic's attendance (clocked in) or time on a job. */
public enum TimeEntryKind {
    ATTENDANCE,
    JOB
}
