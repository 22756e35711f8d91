package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /vehicleParts} and {@code PATCH /vehicleParts/{id}}. */
@JsonIgnoreProperties(value = {"id", "version", "lowStock", "reserved", "available", "locationId", "chainStock"})
public record VehiclePartInput(
        String partId,
        String partName,
        Integer stock,
        Long partPrice,
        Long costPrice,
        Integer reorderPoint,
        String barcode,
        Long defaultSupplierId,
        Long coreCharge) {}
