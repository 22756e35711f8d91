package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code AppointmentCancelled}: a booking was cancelled: its slot and hours came back. */
public record AppointmentCancelled(long appointmentId, String reason) implements EventData {
    @Override
    public EventType type() {
        return EventType.AppointmentCancelled;
    }
}
