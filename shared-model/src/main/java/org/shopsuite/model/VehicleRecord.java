package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * A car the shop knows, with its owners over time. {@code plate} is normalised (Korean plates
 * without spaces or hyphens); {@code plateStandard} says whether it fits a Korean format.
 * {@code openReceiptIds} are the receipts whose car is in the shop now (not yet handed back), the
 * newest 20 at most, newest first.
 * {@code warnings} are given when the record is written (a VIN whose check digit does not match).
 * {@code firstRegisteredOn}: the day the car was first registered (its age decides a repair's
 * free re-repair window); null when not known.
 */
public record VehicleRecord(
        long id,
        String plate,
        boolean plateStandard,
        String vin,
        String make,
        String model,
        Integer year,
        Fuel fuel,
        String colour,
        long customerId,
        String customerName,
        List<VehicleOwner> owners,
        Integer lastMileageKm,
        List<Long> openReceiptIds,
        boolean active,
        List<Warning> warnings,
        long version,
        Instant createdAt,
        Instant updatedAt,
        java.time.LocalDate firstRegisteredOn) {}
