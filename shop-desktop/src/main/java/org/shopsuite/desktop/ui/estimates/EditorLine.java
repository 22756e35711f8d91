package org.shopsuite.desktop.ui.estimates;

import org.shopsuite.model.Decision;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;

/**
 * A line in the estimate editor: as sent ({@code input}), the rate or unit price it comes to (the
 * shop's or the pricing rule's when the input leaves it out), its amount, and the customer's
 * decision; {@code id} is null for a line added since the last save.
 */
public record EditorLine(Long id, EstimateLineInput input, long unitPrice, long amount, Decision decision) {
    /** A line as the server has it. */
    static EditorLine of(EstimateLine l) {
        boolean labour = l.kind() == EstimateLineKind.LABOR;
        return new EditorLine(
                l.id(),
                new EstimateLineInput(
                        l.kind(),
                        l.description(),
                        labour ? l.hours() : null,
                        labour ? l.rate() : null,
                        labour ? null : l.quantity(),
                        labour ? null : l.unitPrice(),
                        l.kind() == EstimateLineKind.PART ? l.vehiclePartId() : null,
                        l.kind() == EstimateLineKind.PART ? l.grade() : null),
                labour ? nz(l.rate()) : nz(l.unitPrice()),
                l.amount(),
                l.decision());
    }

    /** Hours for labour, else the quantity. */
    public java.math.BigDecimal quantity() {
        return input.kind() == EstimateLineKind.LABOR ? input.hours() : input.quantity();
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
