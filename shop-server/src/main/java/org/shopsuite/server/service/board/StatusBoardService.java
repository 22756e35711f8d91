package org.shopsuite.server.service.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.board.StatusPageDao;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.event.EventStore;

/** Reads the status board: the read model kept by {@link StatusBoardProjection}. */
public final class StatusBoardService {
    private static final int CACHED_PAGES = 64;

    private final Database db;
    private final EventStore events;
    private final ObjectMapper json;
    /**
     * Recently read pages with the event seq they were read at. The board changes only with an
     * event (in the event's own transaction), so a page read at the newest committed seq is still
     * the board: every screen that refreshes after an event gets it without another query.
     */
    private final Map<Key, Cached> pages =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
                    return size() > CACHED_PAGES;
                }
            });

    private record Key(LocalDate date, ReceiptStatus status, String cursor, int limit) {}

    /** A page's JSON (UTF-8) and the event seq it was read at. */
    @SuppressWarnings("ArrayRecordComponent") // a private cache entry, never compared or hashed
    private record Cached(long seq, byte[] json) {}

    public StatusBoardService(Database db, EventStore events, ObjectMapper json) {
        this.db = db;
        this.events = events;
        this.json = json;
    }

    /**
     * A page of the board as JSON (UTF-8), read and written once per page and event seq: the
     * screens refreshing after an event get the same bytes.
     */
    public byte[] listJson(LocalDate date, ReceiptStatus status, String cursor, int limit) {
        // The seq first: the rows read after it include at least every event up to it.
        long seq = events.lastSeq();
        Key key = new Key(date, status, cursor, limit);
        Cached hit = pages.get(key);
        if (hit != null && hit.seq() == seq) {
            return hit.json();
        }
        try {
            byte[] bytes = json.writeValueAsBytes(read(date, status, cursor, limit));
            pages.put(key, new Cached(seq, bytes));
            return bytes;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page<StatusPageRow> read(LocalDate date, ReceiptStatus status, String cursor, int limit) {
        long before = Cursor.before(cursor);
        // One statement: no read transaction needed around it.
        List<StatusPageDao.Row> rows = db.readOne(tx -> tx.board().list(before, date, status, limit + 1));
        return Pages.of(rows, limit, StatusPageDao.Row::receiptId, StatusBoardService::toApi);
    }

    /** One receipt's row: what a client fetches to apply a live event without reloading the board. */
    public StatusPageRow get(long receiptId) {
        return db.readOne(tx -> tx.board().find(receiptId))
                .map(StatusBoardService::toApi)
                .orElseThrow(() -> ApiException.notFound("status page", receiptId));
    }

    private static StatusPageRow toApi(StatusPageDao.Row r) {
        return new StatusPageRow(
                r.receiptId(),
                r.customerName(),
                r.carId(),
                r.requestDate(),
                r.mechanicName(),
                r.receiptStatus(),
                r.jobStatus(),
                r.invoiceTotal(),
                r.invoiceStatus(),
                r.updatedAt(),
                r.releasedAt());
    }
}
