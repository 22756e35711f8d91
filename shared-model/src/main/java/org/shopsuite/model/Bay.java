package org.shopsuite.model;

/** A bay (lift) of the shop: appointments book it for a time slot. */
public record Bay(long id, String name, boolean active, long version) {}
