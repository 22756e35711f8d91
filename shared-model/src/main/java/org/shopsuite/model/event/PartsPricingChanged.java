package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.PriceBand;

/** {@code PartsPricingChanged}: the parts pricing bands were replaced. */
public record PartsPricingChanged(List<PriceBand> bands) implements EventData {
    @Override
    public EventType type() {
        return EventType.PartsPricingChanged;
    }
}
