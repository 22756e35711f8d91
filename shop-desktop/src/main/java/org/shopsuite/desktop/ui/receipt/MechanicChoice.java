package org.shopsuite.desktop.ui.receipt;

import java.math.BigDecimal;
import org.shopsuite.model.Mechanic;

/** A mechanic in the chooser, with the hours left on the chosen day. */
public record MechanicChoice(Mechanic mechanic, BigDecimal remainingHours) {
    public boolean fits(BigDecimal hours) {
        return hours != null && remainingHours.compareTo(hours) >= 0;
    }
}
