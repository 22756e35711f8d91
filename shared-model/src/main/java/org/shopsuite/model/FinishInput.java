package org.shopsuite.model;

import java.math.BigDecimal;

/** Body of {@code POST /jobs/{id}/finish}; hours default to the estimate. */
public record FinishInput(BigDecimal laborHours, String notes) {}
