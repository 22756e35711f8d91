package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.StockTransferLine;

/** {@code StockTransferred}: units moved from one location's stock to another's (issue 22). */
public record StockTransferred(
        long transferId, long fromLocationId, long toLocationId, List<StockTransferLine> lines, String note)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.StockTransferred;
    }
}
