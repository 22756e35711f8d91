package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 instants and dates as the API and the database write them ({@code
 * 2026-11-21T06:18:37.436Z}, {@code 2026-11-21}), formatted and read without the general
 * {@code DateTimeFormatter} machinery: a board page holds 50 of each, and the formatter was a
 * measurable part of serving it. The output is exactly {@link Instant#toString()}'s; anything
 * outside the common shape falls back to the JDK.
 */
public final class IsoTime {
    private IsoTime() {}

    public static String format(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return t.toString();
        }
        int nano = t.getNano();
        char[] c = new char[30];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, d.getHour(), 2);
        c[13] = ':';
        digits(c, 14, d.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, d.getSecond(), 2);
        int n = 19;
        if (nano != 0) {
            c[n++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(c, n, nano / 1_000_000, 3);
                n += 3;
            } else if (nano % 1_000 == 0) {
                digits(c, n, nano / 1_000, 6);
                n += 6;
            } else {
                digits(c, n, nano, 9);
                n += 9;
            }
        }
        c[n++] = 'Z';
        return new String(c, 0, n);
    }

    /** Reads {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}; other ISO forms go to {@link Instant#parse}. */
    public static Instant parse(String s) {
        int len = s.length();
        if (len >= 20
                && len <= 30
                && s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && s.charAt(10) == 'T'
                && s.charAt(13) == ':'
                && s.charAt(16) == ':'
                && s.charAt(len - 1) == 'Z') {
            int year = number(s, 0, 4);
            int month = number(s, 5, 2);
            int day = number(s, 8, 2);
            int hour = number(s, 11, 2);
            int minute = number(s, 14, 2);
            int second = number(s, 17, 2);
            int nano = 0;
            boolean ok = year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && hour >= 0
                    && hour <= 23
                    && minute >= 0
                    && minute <= 59
                    && second >= 0
                    && second <= 59;
            if (len > 20) {
                int fraction = len - 21;
                ok &= s.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
                int f = ok ? number(s, 20, fraction) : -1;
                ok &= f >= 0;
                if (ok) {
                    nano = f;
                    for (int i = fraction; i < 9; i++) {
                        nano *= 10;
                    }
                }
            }
            if (ok && day <= 31) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nano);
                } catch (java.time.DateTimeException e) {
                    // February 30th and the like: the JDK's parser reports it
                }
            }
        }
        return Instant.parse(s);
    }

    /** Reads {@code yyyy-MM-dd}; other forms go to {@link LocalDate#parse}. */
    public static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = number(s, 0, 4);
            int month = number(s, 5, 2);
            int day = number(s, 8, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    // reported by the JDK's parser below
                }
            }
        }
        return LocalDate.parse(s);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code s[at, at + width)}, or -1 if any of it is not a digit. */
    private static int number(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
