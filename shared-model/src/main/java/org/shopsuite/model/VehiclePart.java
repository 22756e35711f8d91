package org.shopsuite.model;

/**
 * A part in the catalogue with its stock; prices in minor units. {@code reserved} units are held by
 * counter sales not yet handed over; {@code available} (stock less reserved) is what jobs, sales and
 * adjustments may take, and {@code lowStock} is judged on it. {@code defaultSupplierId}: where the
 * part is usually ordered (backorders go there when no supplier is named); {@code coreCharge}: the
 * deposit on its old part (a core), credited when the core goes back to the supplier. Stock,
 * reserved and available are one location's ({@code locationId}, issue 22); {@code chainStock} is
 * every location's together.
 */
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
        long version,
        int reserved,
        int available,
        Long defaultSupplierId,
        long coreCharge,
        long locationId,
        int chainStock) {}
