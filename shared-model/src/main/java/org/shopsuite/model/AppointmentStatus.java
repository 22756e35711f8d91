package org.shopsuite.model;

/** Where an appointment stands. */
public enum AppointmentStatus {
    BOOKED,
    REJECTED,
    CANCELLED,
    ARRIVED,
    NO_SHOW
}
