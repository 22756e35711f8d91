package org.shopsuite.model;

/**
 * Body of {@code POST /jobs/{id}/sublets}: work on the job sent to a contractor. {@code cost} and
 * {@code price} are minor units; with {@code estimateLineId} (an approved SUBLET line of the job's
 * estimate) the order is billed by that line, once, and description and price default to the
 * line's.
 */
public record SubletInput(Long supplierId, String description, Long cost, Long price, Long estimateLineId) {}
