package org.shopsuite.server.service;

import org.shopsuite.model.Role;

/** The logged-in user a request acts for. */
public record Actor(long userId, String username, Role role, Long mechanicId) {
    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /** The demo loader and start-up tasks act as this. */
    public static Actor system() {
        return new Actor(0, "system", Role.MANAGER, null);
    }
}
