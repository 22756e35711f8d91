package org.shopsuite.model;

import java.util.List;

/**
 * Body of {@code POST /receipts/{id}/estimates} and {@code PATCH /estimates/{id}}: the lines, in
 * order. Creating with no lines copies the latest version's.
 */
public record EstimateInput(List<EstimateLineInput> lines) {}
