package org.shopsuite.model;

import java.time.LocalDate;

/**
 * A reminder due on a day. For {@code APPOINTMENT}: the appointment of the next day ({@code
 * appointmentId}, {@code startTime}). For {@code SERVICE_DUE}: the vehicle's last visit ({@code
 * lastVisitOn}, {@code lastMileageKm}) and why it is due ({@code dueBy}: {@code MONTHS} or {@code
 * KM}). {@code consentToMessages} says whether running it queues a message; {@code queued}
 * whether it already was.
 */
public record Reminder(
        String key,
        ReminderKind kind,
        long customerId,
        String customerName,
        long vehicleId,
        String plate,
        Long appointmentId,
        LocalDate date,
        String startTime,
        LocalDate lastVisitOn,
        Integer lastMileageKm,
        String dueBy,
        boolean consentToMessages,
        boolean queued) {}
