package org.shopsuite.model.event;

import org.shopsuite.model.Coverage;
import org.shopsuite.model.EventType;

/** {@code WarrantyCoverageOverridden}: a manager changed a comeback's coverage, with the reason. */
public record WarrantyCoverageOverridden(long claimId, Coverage from, Coverage to, String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyCoverageOverridden;
    }
}
