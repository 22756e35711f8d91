package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/**
 * {@code ManDayRestored}: booked hours given back, and why ({@code cause}: RECEIPT_CANCELLED,
 * RECEIPT_CHANGED, ESTIMATE, APPOINTMENT_CANCELLED, APPOINTMENT_RESCHEDULED, APPOINTMENT_NO_SHOW,
 * APPOINTMENT_ARRIVED; null in events written before causes were recorded).
 */
public record ManDayRestored(long mechanicId, LocalDate date, BigDecimal hours, String cause) implements EventData {
    @Override
    public EventType type() {
        return EventType.ManDayRestored;
    }
}
