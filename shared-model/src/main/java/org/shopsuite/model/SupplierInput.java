package org.shopsuite.model;

/** Body of {@code POST /suppliers} and {@code PATCH /suppliers/{id}}. */
public record SupplierInput(
        String name, String phone, String email, String businessNumber, String notes, Boolean active) {}
