package org.shopsuite.model;

/** A parts supplier; {@code businessNumber} is its 사업자등록번호. */
public record Supplier(
        long id,
        String name,
        String phone,
        String email,
        String businessNumber,
        String notes,
        boolean active,
        long version) {}
