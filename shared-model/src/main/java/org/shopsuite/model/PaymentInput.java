package org.shopsuite.model;

/** Body of {@code POST /invoices/{id}/payments}. */
public record PaymentInput(Long amount, PaymentMethod method) {}
