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
    COUNT
}
