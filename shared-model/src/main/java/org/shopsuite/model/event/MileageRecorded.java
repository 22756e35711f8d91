package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/**
 * {@code MileageRecorded}: an odometer reading taken with a receipt; {@code lastMileageKm} is the
 * vehicle's highest reading after it.
 */
public record MileageRecorded(long vehicleId, int mileageKm, Integer previousMileageKm, int lastMileageKm)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.MileageRecorded;
    }
}
