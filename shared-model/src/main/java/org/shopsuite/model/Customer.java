package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * A customer of the shop. {@code phones} are normalised (a Korean mobile shown as {@code
 * 010-1234-5678}); {@code vehicleIds} are the cars they own now. A customer merged into another
 * is kept, with {@code mergedIntoId} naming the survivor. Phone, email and address are null for a
 * mechanic.
 */
public record Customer(
        long id,
        String name,
        @ContactDetail List<String> phones,
        String email,
        String address,
        String notes,
        boolean consentToMessages,
        List<Long> vehicleIds,
        Long mergedIntoId,
        Instant lastSeenAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
