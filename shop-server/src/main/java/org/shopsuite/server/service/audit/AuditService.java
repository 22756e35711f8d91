package org.shopsuite.server.service.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Event;
import org.shopsuite.model.Page;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.event.EventDao;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Who changed what, and when: every change is an event carrying its actor, so the audit trail is
 * the event log filtered by entity and time.
 */
public final class AuditService {
    /** Entity kinds and how their events name them (a column, or a field of the event data). */
    private static final Map<String, String> ENTITIES = Map.of(
            "receipt", "receipt_id",
            "job", "job_id",
            "invoice", "data.invoiceId",
            "vehiclePart", "data.vehiclePartId",
            "mechanic", "data.mechanicId",
            "user", "data.userId",
            "shop", "CASE WHEN type = 'ShopUpdated' THEN 1 END");

    /** An entity's column, or the number in a field of the event's JSON in each database's words. */
    private String column(String entity) {
        String c = ENTITIES.get(entity);
        if (c == null || !c.startsWith("data.")) {
            return c;
        }
        String field = c.substring("data.".length());
        return db.postgres()
                ? "CAST(CAST(data AS jsonb) ->> '" + field + "' AS BIGINT)"
                : "json_extract(data, '$." + field + "')";
    }

    private final Database db;
    private final EventStore events;
    private final ShopService shop;

    public AuditService(Database db, EventStore events, ShopService shop) {
        this.db = db;
        this.events = events;
        this.shop = shop;
    }

    /**
     * Events about {@code entity} ({@code receipt}, {@code receipt:12}, {@code vehiclePart:5},
     * {@code user}, ...; null for all) between two dates or instants, newest first.
     */
    public Page<Event> trail(String entity, String from, String to, String cursor, int limit) {
        String where = "1 = 1";
        Long id = null;
        if (entity != null) {
            String[] parts = entity.split(":", 2);
            String column = column(parts[0]);
            if (column == null) {
                throw ApiException.invalid(
                        "entity",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "must be one of "
                                + String.join(
                                        ", ",
                                        ENTITIES.keySet().stream().sorted().toList()) + ", optionally with :id");
            }
            if (parts.length == 2) {
                try {
                    id = Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    throw ApiException.invalid("entity", ErrorCode.PATTERN, "the id after ':' must be a whole number");
                }
                where = column + " = :id";
            } else {
                where = column + " IS NOT NULL";
            }
        }
        String fromText = bound("from", from, false);
        String toText = bound("to", to, true);
        long before = Cursor.before(cursor);
        String w = where;
        Long entityId = id;
        List<EventDao.Row> rows = db.read(tx -> tx.events().audit(before, fromText, toText, w, entityId, limit + 1));
        return Pages.of(rows, limit, EventDao.Row::seq, events::toEvent);
    }

    /** A date (the shop's day: from its start, or to its end) or an instant, as stored text. */
    private String bound(String field, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return end ? "9999" : "0000";
        }
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                ZoneId zone = shop.zone();
                return (end ? d.plusDays(1) : d).atStartOfDay(zone).toInstant().toString();
            }
            return Instant.parse(value).toString();
        } catch (DateTimeException e) {
            throw ApiException.invalid(
                    field,
                    ErrorCode.INVALID_DATE,
                    "must be a date like 2026-11-21 or an instant like 2026-11-21T09:00:00Z");
        }
    }
}
