package org.shopsuite.model;

/** Body of {@code POST /customers/{id}/merge}: the duplicate record folded into this one. */
public record MergeInput(Long duplicateId, String reason) {}
