package org.shopsuite.model;

import java.util.List;

/**
 * Body of {@code POST /counterSales}: the parts and the payment that pays for them (the sale exists
 * only with it). Cash may be more than the total (the change is recorded); card and transfer are
 * exact.
 */
public record CounterSaleInput(Long customerId, List<CounterSaleLineInput> lines, PaymentInput payment) {}
