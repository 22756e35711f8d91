package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code VendorCreditReceived}: the supplier's credit memo for a return. */
public record VendorCreditReceived(long vendorReturnId, String creditMemoNumber, long amount) implements EventData {
    @Override
    public EventType type() {
        return EventType.VendorCreditReceived;
    }
}
