package org.shopsuite.desktop.ui.receipt;

import java.util.List;
import org.shopsuite.model.Receipt;

/** What became of a submitted receipt; for a rejection, the mechanics that would fit. */
public record Outcome(Receipt receipt, List<MechanicChoice> alternatives) {
    public boolean accepted() {
        return receipt.status() == org.shopsuite.model.ReceiptStatus.ACCEPTED;
    }
}
