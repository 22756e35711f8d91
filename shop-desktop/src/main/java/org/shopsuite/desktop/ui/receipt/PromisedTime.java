package org.shopsuite.desktop.ui.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The time a car is promised back, typed as a day and a time of day ("17:30"; blank: 18:00) in the
 * shop's time zone. Where the counter sets it: the new receipt and the receipt's edit.
 */
public final class PromisedTime {
    /** When a day is promised without a time: the end of the working day. */
    public static final LocalTime DEFAULT = LocalTime.of(18, 0);

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private PromisedTime() {}

    /**
     * The instant promised, or null when no day is chosen. A time without a day, or a time that is
     * not H:mm, puts the message key of the problem under {@code promisedAt} in {@code errors}.
     */
    public static Instant of(
            LocalDate day, String time, ZoneId zone, Map<String, String> errors, String noDate, String badTime) {
        String t = time == null ? "" : time.strip();
        if (day == null) {
            if (!t.isEmpty()) {
                errors.put("promisedAt", noDate);
            }
            return null;
        }
        try {
            LocalTime at = t.isEmpty() ? DEFAULT : LocalTime.parse(t, TYPED);
            return day.atTime(at).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("promisedAt", badTime);
            return null;
        }
    }

    /** The time of day as shown in the field ("09:30"). */
    public static String time(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone).toLocalTime());
    }
}
