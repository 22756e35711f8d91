package org.shopsuite.model;

import java.math.BigDecimal;

/** A part issued on a job in another quantity than its approved estimate lines give. */
public record Discrepancy(long vehiclePartId, String partName, BigDecimal approvedQuantity, int issuedQuantity) {}
