package org.shopsuite.model;

/**
 * Body of {@code POST /jobs/{id}/partRequests/{rid}/return}, optional: without {@code quantity}
 * all that is still out goes back.
 */
public record PartReturnInput(Integer quantity) {}
