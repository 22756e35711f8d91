package org.shopsuite.server.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The server's clock; timestamps are UTC, to the millisecond, stored as ISO text. */
public final class Times {
    private final Clock clock;

    public Times(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant parse(String text) {
        return text == null ? null : org.shopsuite.model.IsoTime.parse(text);
    }
}
