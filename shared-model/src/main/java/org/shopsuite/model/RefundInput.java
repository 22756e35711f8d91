package org.shopsuite.model;

/**
 * Body of {@code POST /invoices/{id}/refunds}: how much of what was paid goes back to the
 * customer, how, and why.
 */
public record RefundInput(Long amount, PaymentMethod method, String reason) {}
