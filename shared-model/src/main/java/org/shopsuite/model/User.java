package org.shopsuite.model;

/** A person who logs in; a MECHANIC user is linked to a mechanic. */
public record User(long id, String username, Role role, Long mechanicId, boolean active, long version) {}
