package org.shopsuite.model;

/** Body of {@code POST /estimates/{id}/lines}: the canned job whose lines are added. */
public record CannedLinesInput(Long cannedJobId) {}
