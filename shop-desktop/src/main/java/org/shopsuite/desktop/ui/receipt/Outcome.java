package org.shopsuite.desktop.ui.receipt;

import java.math.BigDecimal;
import java.util.List;
import org.shopsuite.model.Receipt;

/**
 * What became of a submitted receipt; for a rejection, the hours the mechanic had left that day (null
 * when the server could not say) and the mechanics that would fit.
 */
public record Outcome(Receipt receipt, BigDecimal remainingHours, List<MechanicChoice> alternatives) {
    public boolean accepted() {
        return receipt.status() == org.shopsuite.model.ReceiptStatus.ACCEPTED;
    }
}
