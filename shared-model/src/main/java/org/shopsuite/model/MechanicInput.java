package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** Body of {@code POST /mechanics} and {@code PATCH /mechanics/{id}}. */
@JsonIgnoreProperties(value = {"id", "version"})
public record MechanicInput(String name, BigDecimal dailyCapacityHours, Boolean active) {}
