package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code ManDayOver}: the mechanic's day is full: the receipt is rejected. */
public record ManDayOver(long mechanicId, LocalDate date, BigDecimal requestedHours, BigDecimal remainingHours)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.ManDayOver;
    }
}
