package org.shopsuite.model;

/** Body of {@code POST /auth/switchLocation}: the location the session works at from now on. */
public record SwitchLocation(Long locationId) {}
