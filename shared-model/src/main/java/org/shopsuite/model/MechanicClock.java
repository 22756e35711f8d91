package org.shopsuite.model;

import java.time.Instant;

/**
 * Where a mechanic's clocks stand: clocked in since {@code clockedInAt} (null when out), and the job
 * whose clock runs since {@code jobClockSince} (null when none).
 */
public record MechanicClock(
        long mechanicId, boolean clockedIn, Instant clockedInAt, Long runningJobId, Instant jobClockSince) {}
