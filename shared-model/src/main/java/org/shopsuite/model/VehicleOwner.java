package org.shopsuite.model;

import java.time.Instant;

/** One period of a vehicle's ownership; {@code to} is null for the current owner. */
public record VehicleOwner(long customerId, String customerName, Instant from, Instant to, String reason) {}
