package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code PromotionCreated}: a promotion was added. */
public record PromotionCreated(long promotionId, String name) implements EventData {
    @Override
    public EventType type() {
        return EventType.PromotionCreated;
    }
}
