package org.shopsuite.server.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.shopsuite.model.ErrorCode;

/** Opaque keyset cursors: the last id of a page, never an offset. */
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
