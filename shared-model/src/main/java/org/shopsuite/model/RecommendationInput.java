package org.shopsuite.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /jobs/{id}/recommendations}: work the mechanic found during the job, with
 * the hours it takes and the parts it needs (either may be omitted, not both).
 */
public record RecommendationInput(String description, BigDecimal hours, List<RecommendedPart> parts) {}
