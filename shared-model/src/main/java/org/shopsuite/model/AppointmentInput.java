package org.shopsuite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /appointments}. */
public record AppointmentInput(
        Long customerId,
        Long vehicleId,
        LocalDate date,
        String startTime,
        BigDecimal hours,
        Long mechanicId,
        Long bayId,
        String request,
        DropOff dropOff) {}
