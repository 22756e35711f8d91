package org.shopsuite.model.event;

import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code DailyCloseReopened}: a manager reopened a day's count so that it can be counted again. */
public record DailyCloseReopened(LocalDate date, long countedCash, String reason, Long locationId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.DailyCloseReopened;
    }
}
