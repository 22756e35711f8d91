package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Body of {@code POST /customers} and {@code PATCH /customers/{id}}: a name or a phone at least. */
@JsonIgnoreProperties(value = {"id", "vehicleIds", "mergedIntoId", "lastSeenAt", "version", "createdAt", "updatedAt"})
public record CustomerInput(
        String name, List<String> phones, String email, String address, String notes, Boolean consentToMessages) {}
