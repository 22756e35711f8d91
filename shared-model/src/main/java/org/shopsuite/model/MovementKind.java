package org.shopsuite.model;

/** Why a part's stock moved: every change of stock is one ledger row of these kinds. */
public enum MovementKind {
    INITIAL,
    ISSUE,
    RETURN,
    ADJUSTMENT,
    RECEIVED,
    VENDOR_RETURN,
    SOLD,
    SALE_RETURN,
    COUNT,
    /** Units leaving this location for another (issue 22). */
    TRANSFER_OUT,
    /** Units arriving from another location. */
    TRANSFER_IN
}
