package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code DepositRestored}: a deposit came back to the customer: the booking was cancelled, or its invoice used less ({@code receiptId} set). */
public record DepositRestored(long customerId, long appointmentId, Long receiptId, long points, long balance)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.DepositRestored;
    }
}
