package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /suppliers} and {@code PATCH /suppliers/{id}}. */
@JsonIgnoreProperties(value = {"id", "version"})
public record SupplierInput(
        String name, String phone, String email, String businessNumber, String notes, Boolean active) {}
