package org.shopsuite.server.service;

import org.shopsuite.model.Role;

/**
 * The logged-in user a request acts for, at the location their session works at ({@code
 * locationId}; issue 22), with their {@code role} there.
 */
public record Actor(long userId, String username, Role role, Long mechanicId, Long supplierId, long locationId) {
    /** The shop's first location: where the demo loader and start-up tasks act, and every record belongs so far. */
    public static final long FIRST_LOCATION = 1;

    public Actor(long userId, String username, Role role, Long mechanicId, Long supplierId) {
        this(userId, username, role, mechanicId, supplierId, FIRST_LOCATION);
    }

    public Actor(long userId, String username, Role role, Long mechanicId) {
        this(userId, username, role, mechanicId, null);
    }

    /** The same user acting for {@code location}'s records (an appointment's arrival at its location). */
    public Actor at(long location) {
        return new Actor(userId, username, role, mechanicId, supplierId, location);
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /**
     * Whether this user may see a customer's phone, email and address: a mechanic and a contractor
     * may not, in any record, event or stream (names and plates are on the shop's whiteboard and
     * stay visible).
     */
    public boolean seesCustomerContact() {
        return role != Role.MECHANIC && role != Role.CONTRACTOR;
    }

    /** The supplier whose sublet orders alone a CONTRACTOR sees; null for the shop's own staff. */
    public Long contractorOf() {
        return role == Role.CONTRACTOR ? supplierId : null;
    }

    /** The demo loader and start-up tasks act as this. */
    public static Actor system() {
        return new Actor(0, "system", Role.MANAGER, null);
    }
}
