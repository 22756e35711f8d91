package org.shopsuite.model.event;

import java.math.BigDecimal;
import org.shopsuite.model.EventType;

/** {@code EstimateLineOverridden}: a manager corrected an approved line before the job was finished; the values before and after, and why. */
public record EstimateLineOverridden(
        long estimateId,
        long lineId,
        BigDecimal hoursBefore,
        BigDecimal hours,
        Long rateBefore,
        Long rate,
        Long unitPriceBefore,
        Long unitPrice,
        long amountBefore,
        long amount,
        String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.EstimateLineOverridden;
    }
}
