package org.shopsuite.model;

import java.time.Instant;

/** An online backup of the database, verified with PRAGMA integrity_check when made. */
public record Backup(String name, long sizeBytes, Instant createdAt, long ageSeconds, String kind) {}
