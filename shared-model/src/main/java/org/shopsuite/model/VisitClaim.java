package org.shopsuite.model;

import java.time.LocalDate;

/** A comeback registered against a visit, as the histories show it: where it stands. */
public record VisitClaim(
        long claimId, String complaint, WarrantyClaimStatus status, Coverage coverage, LocalDate windowEndsOn) {}
