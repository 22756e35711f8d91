package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /users} and {@code PATCH /users/{id}}. */
@JsonIgnoreProperties(value = {"id", "version"})
public record UserInput(
        String username, String password, Role role, Long mechanicId, Boolean active, Long supplierId) {}
