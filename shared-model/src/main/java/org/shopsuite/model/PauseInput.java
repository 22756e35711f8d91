package org.shopsuite.model;

/** Body of {@code POST /jobs/{id}/clock/pause}: why, and a note. */
public record PauseInput(PauseReason reason, String note) {}
