package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /bays} and {@code PATCH /bays/{id}}. */
@JsonIgnoreProperties(value = {"id", "version"})
public record BayInput(String name, Boolean active) {}
