package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PromotionUpdated}: a promotion was changed (or turned off: {@code active} false). */
public record PromotionUpdated(long promotionId, String name, boolean active) implements EventData {
    @Override
    public EventType type() {
        return EventType.PromotionUpdated;
    }
}
