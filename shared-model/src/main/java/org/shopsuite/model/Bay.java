package org.shopsuite.model;

/** A bay (lift) at one location ({@code locationId}): appointments there book it for a time slot. */
public record Bay(long id, String name, boolean active, long version, long locationId) {}
