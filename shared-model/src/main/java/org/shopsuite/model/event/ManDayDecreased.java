package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code ManDayDecreased}: hours booked on the mechanic's day. */
public record ManDayDecreased(
        long mechanicId, LocalDate date, BigDecimal hours, BigDecimal bookedHours, BigDecimal remainingHours)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.ManDayDecreased;
    }
}
