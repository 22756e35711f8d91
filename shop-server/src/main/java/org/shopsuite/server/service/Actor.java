package org.shopsuite.server.service;

import org.shopsuite.model.Role;

/** The logged-in user a request acts for. */
public record Actor(long userId, String username, Role role, Long mechanicId) {
    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /**
     * Whether this user may see a customer's phone, email and address: a mechanic may not, in any
     * record, event or stream (names and plates are on the shop's whiteboard and stay visible).
     */
    public boolean seesCustomerContact() {
        return role != Role.MECHANIC;
    }

    /** The demo loader and start-up tasks act as this. */
    public static Actor system() {
        return new Actor(0, "system", Role.MANAGER, null);
    }
}
