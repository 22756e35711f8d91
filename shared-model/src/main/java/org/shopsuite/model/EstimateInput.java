package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Body of {@code POST /receipts/{id}/estimates} and {@code PATCH /estimates/{id}}: the lines, in
 * order. Creating with no lines copies the latest version's.
 */
@JsonIgnoreProperties(
        value = {
            "id",
            "receiptId",
            "number",
            "status",
            "currency",
            "taxRatePercent",
            "subtotal",
            "tax",
            "total",
            "approvedHours",
            "approvals",
            "createdBy",
            "createdAt",
            "presentedBy",
            "presentedAt",
            "validUntil",
            "version"
        })
public record EstimateInput(List<EstimateLineInput> lines) {}
