package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CannedJobUpdated}: a canned job was changed. */
public record CannedJobUpdated(long cannedJobId, String name, int lineCount, boolean active) implements EventData {
    @Override
    public EventType type() {
        return EventType.CannedJobUpdated;
    }
}
