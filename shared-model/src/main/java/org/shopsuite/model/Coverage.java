package org.shopsuite.model;

/** Whether a comeback's re-repair is free (within the repair's window) or billed. */
public enum Coverage {
    WARRANTY,
    BILLABLE
}
