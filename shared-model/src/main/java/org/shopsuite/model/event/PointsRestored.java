package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PointsRestored}: points paid on an invoice came back (the payment or the invoice was voided). */
public record PointsRestored(long customerId, long invoiceId, long paymentId, long points, long balance)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.PointsRestored;
    }
}
