package org.shopsuite.server.service.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers (as JSON bytes) of read models that change only with an event, kept with the event seq
 * they were read at (ADR 7): an answer read at the newest committed seq is still the truth, so the
 * screens that refresh after an event, and the ones polling meanwhile, get the same bytes without
 * another query. Any event makes every entry stale: exact, and cheap while the shop is quiet.
 */
public final class SeqCache<K> {
    private final EventStore events;
    private final ObjectMapper json;
    private final Map<K, Cached> entries;

    /** An answer and the event seq it was read at. */
    @SuppressWarnings("ArrayRecordComponent") // a private cache entry, never compared or hashed
    private record Cached(long seq, byte[] json) {}

    public SeqCache(EventStore events, ObjectMapper json, int capacity) {
        this.events = events;
        this.json = json;
        this.entries = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Cached> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The answer for {@code key}: the cached bytes when no event came since, else read afresh. */
    public byte[] get(K key, Supplier<?> read) {
        // The seq first: what is read after it includes at least every event up to it.
        long seq = events.committedSeq();
        Cached hit = entries.get(key);
        if (hit != null && hit.seq() == seq) {
            return hit.json();
        }
        try {
            byte[] bytes = json.writeValueAsBytes(read.get());
            entries.put(key, new Cached(seq, bytes));
            return bytes;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
