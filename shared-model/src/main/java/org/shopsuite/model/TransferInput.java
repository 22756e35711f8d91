package org.shopsuite.model;

/** Body of {@code POST /vehicles/{id}/transfer}: the new owner and why. */
public record TransferInput(Long customerId, String reason) {}
