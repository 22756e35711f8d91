package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.DeliveredPart;
import org.shopsuite.model.EventType;
import org.shopsuite.model.PurchaseOrderStatus;

/** {@code PartsReceived}: a delivery against an order: stock went up by these parts ({@code overReceived}: more than ordered); {@code status} is the order's now. */
public record PartsReceived(
        long purchaseOrderId,
        long deliveryId,
        String vendorInvoiceNumber,
        List<DeliveredPart> lines,
        boolean overReceived,
        PurchaseOrderStatus status)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PartsReceived;
    }
}
