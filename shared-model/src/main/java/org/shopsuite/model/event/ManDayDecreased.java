package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/**
 * {@code ManDayDecreased}: hours booked on the mechanic's day, and what booked them ({@code cause}:
 * RECEIPT, RECEIPT_CHANGED, ESTIMATE, APPOINTMENT_BOOKED, APPOINTMENT_RESCHEDULED; null in events
 * written before causes were recorded).
 */
public record ManDayDecreased(
        long mechanicId,
        LocalDate date,
        BigDecimal hours,
        BigDecimal bookedHours,
        BigDecimal remainingHours,
        String cause)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.ManDayDecreased;
    }
}
