package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code AppointmentRejected}: a booking that did not fit, on record with its reason. */
public record AppointmentRejected(
        long appointmentId,
        long customerId,
        long vehicleId,
        LocalDate date,
        String startTime,
        BigDecimal hours,
        Long mechanicId,
        Long bayId,
        String reason)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.AppointmentRejected;
    }
}
