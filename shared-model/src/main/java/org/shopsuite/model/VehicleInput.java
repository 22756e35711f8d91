package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /vehicles} (plate and customerId required) and {@code PATCH /vehicles/{id}}
 * (the owner changes only by a transfer).
 */
@JsonIgnoreProperties(
        value = {
            "id",
            "plateStandard",
            "customerName",
            "owners",
            "lastMileageKm",
            "openReceiptIds",
            "warnings",
            "version",
            "createdAt",
            "updatedAt"
        })
public record VehicleInput(
        String plate,
        String vin,
        String make,
        String model,
        Integer year,
        Fuel fuel,
        String colour,
        Long customerId,
        Boolean active,
        java.time.LocalDate firstRegisteredOn) {}
