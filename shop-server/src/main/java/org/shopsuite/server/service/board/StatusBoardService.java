package org.shopsuite.server.service.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.board.StatusPageDao;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.event.SeqCache;

/** Reads the status board: the read model kept by {@link StatusBoardProjection}. */
public final class StatusBoardService {
    private static final int CACHED_PAGES = 64;

    private final Database db;
    /** Recently read pages (ADR 7): every screen that refreshes after an event gets them without a query. */
    private final SeqCache<Key> pages;

    private record Key(LocalDate date, ReceiptStatus status, Long locationId, String cursor, int limit) {}

    public StatusBoardService(Database db, EventStore events, ObjectMapper json) {
        this.db = db;
        this.pages = new SeqCache<>(events, json, CACHED_PAGES);
    }

    /**
     * A page of the board as JSON (UTF-8), read and written once per page and event seq: the
     * screens refreshing after an event get the same bytes. A null location is every location's.
     */
    public byte[] listJson(LocalDate date, ReceiptStatus status, Long locationId, String cursor, int limit) {
        return pages.get(
                new Key(date, status, locationId, cursor, limit), () -> read(date, status, locationId, cursor, limit));
    }

    private Page<StatusPageRow> read(LocalDate date, ReceiptStatus status, Long locationId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        // One statement: no read transaction needed around it.
        List<StatusPageDao.Row> rows = db.readOne(tx -> tx.board().list(before, date, status, locationId, limit + 1));
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
                r.releasedAt(),
                r.warrantyClaimId(),
                r.warrantyStatus(),
                r.locationId());
    }
}
