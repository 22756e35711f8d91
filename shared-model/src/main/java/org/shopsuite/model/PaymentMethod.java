package org.shopsuite.model;

/** How a customer paid. */
public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER
}
