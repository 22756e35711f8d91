package org.shopsuite.model;

/** The seq of the newest committed event, 0 when there is none ({@code GET /events/last}). */
public record LastSeq(long seq) {}
