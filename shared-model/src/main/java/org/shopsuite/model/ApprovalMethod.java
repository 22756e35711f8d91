package org.shopsuite.model;

/** How the customer gave their decisions on an estimate. */
public enum ApprovalMethod {
    IN_PERSON,
    PHONE,
    SIGNATURE,
    MESSAGE
}
