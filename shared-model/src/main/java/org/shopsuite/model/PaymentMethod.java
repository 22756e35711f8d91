package org.shopsuite.model;

/** How a customer paid. {@code POINTS} pays invoices only (not a sale of points or parts). */
public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER,
    /** the customer's points, {@code pointValue} minor units each (invoices only) */
    POINTS
}
