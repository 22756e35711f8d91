package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.PaymentMethod;

/** {@code PointsPurchased}: a customer bought points, paid by {@code method}; {@code balance} after it. */
public record PointsPurchased(
        long customerId, long purchaseId, long points, long amount, PaymentMethod method, long balance)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PointsPurchased;
    }
}
