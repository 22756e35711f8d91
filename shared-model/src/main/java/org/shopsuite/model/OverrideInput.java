package org.shopsuite.model;

import java.math.BigDecimal;

/**
 * Body of {@code POST /estimates/{id}/lines/{lineId}/override}: a manager's correction of an
 * approved line before the job is finished, with the reason.
 */
public record OverrideInput(BigDecimal hours, Long rate, Long unitPrice, String reason) {}
