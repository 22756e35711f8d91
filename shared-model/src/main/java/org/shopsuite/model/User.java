package org.shopsuite.model;

/**
 * A person who logs in; a MECHANIC user is linked to a mechanic, a CONTRACTOR (an outside shop's
 * login) to a supplier.
 */
public record User(
        long id, String username, Role role, Long mechanicId, boolean active, long version, Long supplierId) {}
