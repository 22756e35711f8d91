package org.shopsuite.model;

/** {@code RETURN}: parts sent back (stock goes down); {@code CORE}: old parts returned for their deposit. */
public enum VendorReturnKind {
    RETURN,
    CORE
}
