package org.shopsuite.model;

/** Where a repair receipt stands. */
public enum ReceiptStatus {
    ACCEPTED,
    REJECTED,
    CANCELLED,
    COMPLETED
}
