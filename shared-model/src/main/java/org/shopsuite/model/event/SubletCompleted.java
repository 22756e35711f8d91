package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code SubletCompleted}: the contractor finished the work; what it charges the shop. */
public record SubletCompleted(
        long subletOrderId, long supplierId, long cost, Long price, String vendorInvoiceNumber, String notes)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.SubletCompleted;
    }
}
