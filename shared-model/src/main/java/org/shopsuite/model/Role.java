package org.shopsuite.model;

/** What a user may do: each role has its own screens in the desktop app. */
public enum Role {
    MANAGER,
    RECEPTIONIST,
    MECHANIC
}
