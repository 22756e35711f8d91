package org.shopsuite.model;

/**
 * Body of {@code POST /invoices/{id}/void}: why, and how the money paid goes back to the customer
 * ({@code refundMethod}, required when anything was paid; ignored otherwise).
 */
public record VoidInput(String reason, PaymentMethod refundMethod) {}
