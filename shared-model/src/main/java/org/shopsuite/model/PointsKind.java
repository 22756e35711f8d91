package org.shopsuite.model;

/** Why a customer's points changed. */
public enum PointsKind {
    /** bought at the counter with a payment */
    PURCHASED,
    /** paid on an invoice */
    SPENT,
    /** given back: a payment with points was voided, or its invoice */
    RESTORED,
    /** earned when an invoice was paid */
    EARNED,
    /** the points an invoice earned, taken back when it was voided */
    REVERSED,
    /** held by a booking */
    DEPOSIT,
    /** a booking's deposit given back (cancelled, or what its invoice did not use) */
    DEPOSIT_RESTORED,
    /** a no-show's deposit kept by the shop (recorded with 0: the deposit already took them) */
    FORFEITED
}
