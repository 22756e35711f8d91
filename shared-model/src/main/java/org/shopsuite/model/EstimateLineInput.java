package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A line as the counter writes it. {@code LABOR}: {@code hours} and optionally {@code rate} (the
 * shop's labour rate when omitted). The other kinds: {@code quantity} (1 when omitted) and {@code
 * unitPrice} (for a {@code PART} of the catalogue, its price when omitted); {@code description}
 * may be omitted for a catalogue part (its name is used).
 */
@JsonIgnoreProperties(value = {"id", "amount", "decision", "decidedAt", "decidedBy", "recommendedBy", "overrideReason"})
public record EstimateLineInput(
        EstimateLineKind kind,
        String description,
        BigDecimal hours,
        Long rate,
        BigDecimal quantity,
        Long unitPrice,
        Long vehiclePartId,
        PartGrade grade) {}
