package org.shopsuite.model;

/** Where a mechanic's job stands. */
public enum JobStatus {
    WAITING,
    IN_PROGRESS,
    FINISHED,
    CANCELLED
}
