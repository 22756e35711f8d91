package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /promotions} and {@code PATCH /promotions/{id}} (absent means unchanged). */
@JsonIgnoreProperties(value = {"id", "version"})
public record PromotionInput(
        String name, PromotionKind kind, Long value, Integer validDays, PromotionTrigger trigger, Boolean active) {}
