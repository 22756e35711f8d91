package org.shopsuite.model;

/** Body of {@code POST /partRequests/{id}/backorder}: the supplier (the part's default when omitted). */
public record BackorderInput(Long supplierId) {}
