package org.shopsuite.model;

/** Body of {@code POST /appointments/{id}/arrive}: the mechanic, when the appointment has none. */
public record ArriveInput(Long mechanicId) {}
