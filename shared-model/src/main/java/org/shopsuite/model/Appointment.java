package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking of a customer's car: the day, the slot [{@code startTime}, {@code endTime}) as HH:mm,
 * the hours of work, the bay it takes and the mechanic whose hours it books (when named). {@code
 * status} BOOKED, or REJECTED with {@code rejectionReason}; later CANCELLED, ARRIVED (with the
 * {@code receiptId} made from it) or NO_SHOW. {@code depositPoints}: the points the booking
 * holds as its deposit (0 when the shop asks none). {@code locationId}: where it is booked (its
 * bays and opening hours are that location's).
 */
public record Appointment(
        long id,
        long customerId,
        String customerName,
        long vehicleId,
        String plate,
        LocalDate date,
        String startTime,
        String endTime,
        BigDecimal hours,
        Long mechanicId,
        String mechanicName,
        Long bayId,
        String bayName,
        String request,
        DropOff dropOff,
        AppointmentStatus status,
        String rejectionReason,
        String cancelReason,
        Long receiptId,
        String createdBy,
        Instant createdAt,
        long version,
        long depositPoints,
        long locationId) {}
