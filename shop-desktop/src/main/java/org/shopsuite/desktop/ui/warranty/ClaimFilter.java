package org.shopsuite.desktop.ui.warranty;

import org.shopsuite.model.WarrantyClaimStatus;

/** Which comebacks the list shows: one status, or all of them (those to triage first). */
public enum ClaimFilter {
    REGISTERED(WarrantyClaimStatus.REGISTERED),
    ASSIGNED(WarrantyClaimStatus.ASSIGNED),
    RESOLVED(WarrantyClaimStatus.RESOLVED),
    CANCELLED(WarrantyClaimStatus.CANCELLED),
    ALL(null);

    private final WarrantyClaimStatus status;

    ClaimFilter(WarrantyClaimStatus status) {
        this.status = status;
    }

    /** The status asked of the server; null for all. */
    public WarrantyClaimStatus status() {
        return status;
    }
}
