package org.shopsuite.server.service;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.shopsuite.model.Page;

/** Cuts a keyset query result (fetched with limit + 1 rows) into a page and its cursor. */
public final class Pages {
    private Pages() {}

    public static <R, T> Page<T> of(List<R> rows, int limit, ToLongFunction<R> key, Function<R, T> toApi) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(key.applyAsLong(page.get(page.size() - 1))) : null;
        return new Page<>(page.stream().map(toApi).toList(), next);
    }

    /** As {@link #of}, for a catalogue in name order: the cursor is the last row's (name, id). */
    public static <R, T> Page<T> byName(
            List<R> rows, int limit, Function<R, String> name, ToLongFunction<R> id, Function<R, T> toApi) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        R last = more ? page.get(page.size() - 1) : null;
        String next = last == null ? null : Cursor.encode(name.apply(last), id.applyAsLong(last));
        return new Page<>(page.stream().map(toApi).toList(), next);
    }
}
