package org.shopsuite.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The demo's working day: while the demo loads, the server's clock runs some hours behind, and
 * the demo moves it forward as the day's work is done (a job takes its hours, a pause its
 * minutes), so that the time clock and the technicians' report show a believable day. It only ever
 * moves forward, never past the real time, and ends on it; outside the demo's load it is the clock
 * it wraps.
 */
final class DemoClock extends Clock {
    private final Clock base;
    private volatile long behindMillis;

    DemoClock(Clock base) {
        this.base = base;
    }

    /**
     * Starts the day {@code hours} before now, or at a minute past midnight in {@code zone} when
     * that is later (the demo's days must stay the real ones).
     */
    void startBehind(Duration hours, ZoneId zone) {
        Instant now = base.instant();
        Duration sinceMidnight = Duration.between(
                now.atZone(zone)
                        .toLocalDate()
                        .atTime(LocalTime.MIDNIGHT)
                        .atZone(zone)
                        .toInstant(),
                now);
        Duration room = sinceMidnight.minusMinutes(1);
        Duration behind = hours.compareTo(room) < 0 ? hours : room;
        behindMillis = Math.max(0, behind.toMillis());
    }

    /** Moves the clock forward by {@code d}, never past the real time. */
    void advance(Duration d) {
        behindMillis = Math.max(0, behindMillis - d.toMillis());
    }

    /** Back on the real time. */
    void catchUp() {
        behindMillis = 0;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same demo time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().minusMillis(behindMillis);
    }
}
