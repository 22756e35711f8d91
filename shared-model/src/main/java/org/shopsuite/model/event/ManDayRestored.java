package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code ManDayRestored}: a cancelled job gives its hours back. */
public record ManDayRestored(long mechanicId, LocalDate date, BigDecimal hours) implements EventData {
    @Override
    public EventType type() {
        return EventType.ManDayRestored;
    }
}
