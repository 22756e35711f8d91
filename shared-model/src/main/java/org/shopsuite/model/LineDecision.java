package org.shopsuite.model;

/** The customer's decision on one line of an approval. */
public record LineDecision(Long lineId, Decision decision) {}
