package org.shopsuite.model;

/** Outcome of a mechanic's request for parts. */
public enum PartRequestStatus {
    ISSUED,
    REJECTED,
    RETURNED
}
