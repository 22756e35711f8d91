package org.shopsuite.server.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.shopsuite.model.ErrorCode;

/**
 * Opaque keyset cursors, never an offset: the last id of a page (lists in time order), or the last
 * (name, id) of a page (catalogues in name order).
 */
public final class Cursor {
    private Cursor() {}

    public static String encode(long lastId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("k" + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    /** For lists newest first: ids below this come next (everything for the first page). */
    public static long before(String cursor) {
        Long id = decode(cursor);
        return id == null ? Long.MAX_VALUE : id;
    }

    /** For lists oldest first: ids above this come next (everything for the first page). */
    public static long after(String cursor) {
        Long id = decode(cursor);
        return id == null ? 0 : id;
    }

    /** Where a page of a catalogue in name order ended: its last entry's name and id. */
    public record NameKey(String name, long id) {}

    /** The cursor of a catalogue page that ended with the entry {@code (name, id)}. */
    public static String encode(String name, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("n" + id + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * For catalogues in name order: the (name, id) after which the next page starts; null for the
     * first page. A cursor of a list in time order (or anything else) is refused.
     */
    public static NameKey afterName(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            if (!s.startsWith("n") || colon < 2) {
                throw new IllegalArgumentException();
            }
            return new NameKey(s.substring(colon + 1), Long.parseLong(s.substring(1, colon)));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", ErrorCode.PATTERN, "is not a cursor this server gave out");
        }
    }

    /** The id after which (in list order) the next page starts; null for the first page. */
    public static Long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.startsWith("k")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(s.substring(1));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", ErrorCode.PATTERN, "is not a cursor this server gave out");
        }
    }
}
