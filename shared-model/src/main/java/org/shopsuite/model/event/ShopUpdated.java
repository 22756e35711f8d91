package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code ShopUpdated}: the shop settings change. */
public record ShopUpdated(long version) implements EventData {
    @Override
    public EventType type() {
        return EventType.ShopUpdated;
    }
}
