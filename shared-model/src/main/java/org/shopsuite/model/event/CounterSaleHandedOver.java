package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.SoldPart;

/** {@code CounterSaleHandedOver}: the parts were handed over: stock went down. */
public record CounterSaleHandedOver(long counterSaleId, List<SoldPart> lines) implements EventData {
    @Override
    public EventType type() {
        return EventType.CounterSaleHandedOver;
    }
}
