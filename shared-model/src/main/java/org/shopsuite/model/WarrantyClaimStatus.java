package org.shopsuite.model;

/** A comeback's state: registered, assigned (its re-repair under way), resolved or cancelled. */
public enum WarrantyClaimStatus {
    REGISTERED,
    ASSIGNED,
    RESOLVED,
    CANCELLED
}
