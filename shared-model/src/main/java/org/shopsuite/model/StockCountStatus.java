package org.shopsuite.model;

/** A count sheet is {@code OPEN} while scanning goes on, {@code POSTED} once its differences are in the ledger. */
public enum StockCountStatus {
    OPEN,
    POSTED
}
