package org.shopsuite.model;

import java.math.BigDecimal;

/** One line of an invoice; quantity is hours for labour, units for parts. */
public record InvoiceLine(LineKind kind, String description, BigDecimal quantity, long unitPrice, long amount) {}
