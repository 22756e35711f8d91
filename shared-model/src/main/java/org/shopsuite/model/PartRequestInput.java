package org.shopsuite.model;

/** Body of {@code POST /jobs/{id}/partRequests}. */
public record PartRequestInput(Long vehiclePartId, Integer quantity) {}
