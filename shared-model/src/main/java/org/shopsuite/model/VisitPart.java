package org.shopsuite.model;

/** A part fitted on a visit: what was issued, net of returns. */
public record VisitPart(String partNumber, String name, int quantity, long unitPrice) {}
