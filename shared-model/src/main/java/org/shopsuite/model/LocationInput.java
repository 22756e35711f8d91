package org.shopsuite.model;

/**
 * A location to add ({@code POST /locations}: {@code name}, {@code invoicePrefix} and {@code
 * timezone} required) or its changed fields ({@code PATCH /locations/{id}}: a field left out keeps
 * its value). An empty {@code address}, {@code phone} or {@code businessRegistrationNumber} clears it.
 */
public record LocationInput(
        String name,
        String address,
        String phone,
        String businessRegistrationNumber,
        String invoicePrefix,
        String timezone) {}
