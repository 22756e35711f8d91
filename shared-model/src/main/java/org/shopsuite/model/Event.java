package org.shopsuite.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import org.shopsuite.model.event.EventData;

/**
 * One recorded state change; {@code seq} is strictly increasing and gapless. Its {@code data} is
 * the typed payload of its {@code type} (read with {@link EventJson}).
 */
@JsonDeserialize(using = EventJson.Reader.class)
public record Event(
        long seq, EventType type, Instant occurredAt, String actor, Long receiptId, Long jobId, EventData data) {

    public Event {
        if (data != null && data.type() != type) {
            throw new IllegalArgumentException("a " + type + " event cannot carry " + data.type() + " data");
        }
    }
}
