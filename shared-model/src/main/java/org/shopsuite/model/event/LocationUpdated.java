package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code LocationUpdated}: a location's name, address, phone, registration number, invoice prefix or time zone changed. */
public record LocationUpdated(
        long locationId,
        String name,
        String address,
        String phone,
        String businessRegistrationNumber,
        String invoicePrefix,
        String timezone)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.LocationUpdated;
    }
}
