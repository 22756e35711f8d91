package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code AppointmentRescheduled}: a booking moved to another slot (the old one let go). */
public record AppointmentRescheduled(
        long appointmentId,
        LocalDate fromDate,
        String fromStartTime,
        LocalDate date,
        String startTime,
        String endTime,
        BigDecimal hours,
        Long mechanicId,
        Long bayId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.AppointmentRescheduled;
    }
}
