package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code LocationCreated}: a location is added to the chain. */
public record LocationCreated(
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
        return EventType.LocationCreated;
    }
}
