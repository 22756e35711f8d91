package org.shopsuite.model;

/** Body of the cancel and void actions. */
public record ReasonInput(String reason) {}
