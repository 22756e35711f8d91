package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code StockCounted}: a count sheet was posted: its differences are COUNT rows of the ledger. */
public record StockCounted(long stockCountId, int adjustedParts, int unitsAdded, int unitsRemoved)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.StockCounted;
    }
}
