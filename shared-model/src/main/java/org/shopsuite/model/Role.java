package org.shopsuite.model;

/** What a user may do: each role has its own screens in the desktop app. */
public enum Role {
    MANAGER,
    RECEPTIONIST,
    MECHANIC,
    /** an outside shop's login: its own sublet orders only */
    CONTRACTOR
}
