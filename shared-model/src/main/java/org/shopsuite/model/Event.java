package org.shopsuite.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One recorded state change; {@code seq} is strictly increasing and gapless. */
public record Event(
        long seq, EventType type, Instant occurredAt, String actor, Long receiptId, Long jobId, JsonNode data) {}
