package org.shopsuite.model;

/** Where work sent to an outside shop stands. */
public enum SubletOrderStatus {
    /** sent to the contractor, no date yet */
    ORDERED,
    /** the contractor has arranged a date */
    SCHEDULED,
    COMPLETED,
    CANCELLED
}
