package org.shopsuite.model;

/**
 * One of the chain's locations (issue 22): a shop with its own address, business registration
 * number, invoice numbering and time zone. A single shop has one, location 1, whose details are the
 * shop settings' own ({@code PUT /shop} and {@code PATCH /locations/1} change the same values).
 * {@code businessRegistrationNumber} is null when never set.
 */
public record Location(
        long id,
        String name,
        String address,
        String phone,
        String businessRegistrationNumber,
        String invoicePrefix,
        String timezone,
        long version) {}
