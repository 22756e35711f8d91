package org.shopsuite.model.event;

import java.time.Instant;
import org.shopsuite.model.EventType;
import org.shopsuite.model.TimeEntryKind;

/** {@code TimeEntryEdited}: a manager corrected (or voided) a time entry; the values before are kept. */
public record TimeEntryEdited(
        long entryId,
        long mechanicId,
        TimeEntryKind kind,
        Instant beforeStart,
        Instant beforeEnd,
        Instant start,
        Instant end,
        boolean voided,
        String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.TimeEntryEdited;
    }
}
