package org.shopsuite.model;

/** Body of {@code POST /vendorReturns/{id}/credit}: the supplier's credit memo. */
public record CreditInput(String creditMemoNumber, Long amount) {}
