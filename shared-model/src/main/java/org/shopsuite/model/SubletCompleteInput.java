package org.shopsuite.model;

/**
 * Body of {@code POST /subletOrders/{id}/complete}: what was done, what the contractor charges the
 * shop (minor units) and the contractor's own invoice number.
 */
public record SubletCompleteInput(String notes, Long cost, String vendorInvoiceNumber) {}
