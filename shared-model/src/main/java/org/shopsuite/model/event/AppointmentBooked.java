package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code AppointmentBooked}: a car was booked: the slot, the bay and the mechanic's hours are taken. */
public record AppointmentBooked(
        long appointmentId,
        long customerId,
        long vehicleId,
        String plate,
        LocalDate date,
        String startTime,
        String endTime,
        BigDecimal hours,
        Long mechanicId,
        Long bayId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.AppointmentBooked;
    }
}
