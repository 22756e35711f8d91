package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * A span of a mechanic's time: attendance (clocked in to out; {@code automatic} when a job's clock
 * clocked them in) or time on a job (started or resumed to paused, switched away or finished;
 * {@code pauseReason} says why it stopped, null when the job was finished or it still runs).
 * Corrections keep the original values in {@code edits}; a voided entry counts for nothing.
 */
public record TimeEntry(
        long id,
        long mechanicId,
        TimeEntryKind kind,
        Long jobId,
        Instant start,
        Instant end,
        PauseReason pauseReason,
        String note,
        boolean automatic,
        boolean voided,
        List<TimeEntryEdit> edits,
        long version) {}
