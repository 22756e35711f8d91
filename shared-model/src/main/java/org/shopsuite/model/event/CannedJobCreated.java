package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CannedJobCreated}: a canned job was added. */
public record CannedJobCreated(long cannedJobId, String name, int lineCount) implements EventData {
    @Override
    public EventType type() {
        return EventType.CannedJobCreated;
    }
}
