package org.shopsuite.model;

import java.time.Instant;

/** Body of {@code PATCH /timeEntries/{id}}: a new start or end, and the reason (required). */
public record TimeEntryPatch(Instant start, Instant end, String reason) {}
