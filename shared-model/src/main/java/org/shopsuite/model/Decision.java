package org.shopsuite.model;

/** The customer's answer to one estimate line. */
public enum Decision {
    PENDING,
    APPROVED,
    DECLINED
}
