package org.shopsuite.model;

import java.util.List;

/**
 * A person who logs in; a MECHANIC user is linked to a mechanic, a CONTRACTOR (an outside shop's
 * login) to a supplier. {@code locations} (issue 22): where they work and their role at each, in
 * location order; {@code role} is their role at the first of them (a single shop's one location).
 */
public record User(
        long id,
        String username,
        Role role,
        Long mechanicId,
        boolean active,
        long version,
        Long supplierId,
        List<LocationRole> locations) {
    public User(long id, String username, Role role, Long mechanicId, boolean active, long version, Long supplierId) {
        this(id, username, role, mechanicId, active, version, supplierId, List.of(new LocationRole(1L, role)));
    }
}
