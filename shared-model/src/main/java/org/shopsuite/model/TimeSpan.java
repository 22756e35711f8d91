package org.shopsuite.model;

import java.time.Instant;

/** A start and an end (null while running). */
public record TimeSpan(Instant start, Instant end) {}
