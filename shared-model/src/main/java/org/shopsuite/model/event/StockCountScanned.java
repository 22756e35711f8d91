package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code StockCountScanned}: units counted on a sheet; {@code counted} is the part's count now. */
public record StockCountScanned(long stockCountId, long vehiclePartId, int quantity, int counted) implements EventData {
    @Override
    public EventType type() {
        return EventType.StockCountScanned;
    }
}
