package org.shopsuite.model.event;

import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code DailyCloseRecorded}: the drawer was counted for a day; the difference is counted - expected. */
public record DailyCloseRecorded(
        LocalDate date, long countedCash, long expectedCash, long difference, String note, Long locationId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.DailyCloseRecorded;
    }
}
