package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code AppointmentNoShow}: the customer of a booking did not come: its slot and hours came back. */
public record AppointmentNoShow(long appointmentId) implements EventData {
    @Override
    public EventType type() {
        return EventType.AppointmentNoShow;
    }
}
