package org.shopsuite.model;

/** Payment state of an invoice. */
public enum InvoiceStatus {
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    VOID
}
