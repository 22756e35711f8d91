package org.shopsuite.model;

/** A vendor return waits {@code OPEN} until the supplier's credit memo comes ({@code CREDITED}). */
public enum VendorReturnStatus {
    OPEN,
    CREDITED
}
