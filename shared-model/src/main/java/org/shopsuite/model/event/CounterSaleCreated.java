package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.SoldPart;

/** {@code CounterSaleCreated}: parts sold over the counter and paid; the units are reserved until handed over. */
public record CounterSaleCreated(
        long counterSaleId,
        Long customerId,
        List<SoldPart> lines,
        long total,
        PaymentMethod method,
        long amountReceived,
        long changeGiven)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CounterSaleCreated;
    }
}
