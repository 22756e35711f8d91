package org.shopsuite.model;

/** Body of {@code POST /warrantyClaims/{id}/coverage}: a manager's decision, with why. */
public record CoverageOverrideInput(Coverage coverage, String reason) {}
