package org.shopsuite.server.db;

/**
 * A prefix search as an index range, the same on both databases: {@code col >= :prefix AND col <
 * :upper}, the upper bound made here (SQLite's {@code char(1114111)} is a type name to PostgreSQL).
 * Both compare text by code point (PostgreSQL's cluster collates as {@code C}, ADR 0024).
 */
public final class Prefixes {
    private static final String LAST = new String(Character.toChars(Character.MAX_CODE_POINT));

    private Prefixes() {}

    /** The least string greater than every string that starts with {@code prefix}; null for null. */
    public static String upperBound(String prefix) {
        return prefix == null ? null : prefix + LAST;
    }
}
