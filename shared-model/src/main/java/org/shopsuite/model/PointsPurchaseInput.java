package org.shopsuite.model;

/** Body of {@code POST /customers/{id}/points/purchases}: points sold for {@code amount} paid by {@code method}. */
public record PointsPurchaseInput(Long points, Long amount, PaymentMethod method) {}
