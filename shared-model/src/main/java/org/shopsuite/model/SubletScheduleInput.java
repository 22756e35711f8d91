package org.shopsuite.model;

import java.time.LocalDate;

/** Body of {@code POST /subletOrders/{id}/schedule}: the day the contractor will do the work. */
public record SubletScheduleInput(LocalDate date) {}
