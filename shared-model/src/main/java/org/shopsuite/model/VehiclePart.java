package org.shopsuite.model;

/** A part in the catalogue with its stock; prices in minor units. */
public record VehiclePart(
        long id,
        String partId,
        String partName,
        int stock,
        long partPrice,
        long costPrice,
        int reorderPoint,
        String barcode,
        boolean lowStock,
        long version) {}
