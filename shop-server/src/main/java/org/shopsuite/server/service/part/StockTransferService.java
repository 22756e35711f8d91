package org.shopsuite.server.service.part;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Page;
import org.shopsuite.model.StockTransfer;
import org.shopsuite.model.StockTransferInput;
import org.shopsuite.model.StockTransferLine;
import org.shopsuite.model.StockTransferLineInput;
import org.shopsuite.model.event.StockTransferred;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.location.LocationDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/**
 * Stock moved between locations (issue 22): every line leaves the first location's stock and
 * reaches the other's in the one transaction of the transfer, each side a ledger row ({@code
 * TRANSFER_OUT}, {@code TRANSFER_IN}) naming it. All or nothing: a line with fewer units available
 * than asked refuses the whole transfer (409 naming it), with nothing moved.
 */
public final class StockTransferService {
    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 100_000;

    private final Database db;
    private final EventStore events;
    private final PartService parts;
    private final Times times;

    public StockTransferService(Database db, EventStore events, PartService parts, Times times) {
        this.db = db;
        this.events = events;
        this.parts = parts;
        this.times = times;
    }

    public Change<StockTransfer> create(Actor actor, StockTransferInput in) {
        Check c = new Check();
        Long from = c.positiveId("fromLocationId", c.required("fromLocationId", in.fromLocationId()));
        Long to = c.positiveId("toLocationId", c.required("toLocationId", in.toLocationId()));
        if (from != null && from.equals(to)) {
            c.fail("toLocationId", ErrorCode.NOT_ALLOWED_VALUE, "must be another location than fromLocationId");
        }
        String note = c.longText("note", in.note(), 500, false);
        List<StockTransferLineInput> lines = c.required("lines", in.lines());
        if (lines != null) {
            if (lines.isEmpty() || lines.size() > MAX_LINES) {
                c.fail(
                        "lines",
                        ErrorCode.OUT_OF_RANGE,
                        "must have 1 to " + MAX_LINES + " lines",
                        Map.of("min", 1, "max", MAX_LINES));
            }
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
                String at = "lines[" + i + "]";
                StockTransferLineInput l = lines.get(i);
                if (l == null) {
                    c.required(at, null);
                    continue;
                }
                Long part = c.positiveId(at + ".vehiclePartId", c.required(at + ".vehiclePartId", l.vehiclePartId()));
                if (part != null && !seen.add(part)) {
                    c.fail(at + ".vehiclePartId", ErrorCode.NOT_UNIQUE, "part " + part + " is on an earlier line");
                }
                c.wholeNumber(at + ".quantity", l.quantity(), 1, MAX_QUANTITY, true);
            }
        }
        c.done();
        return tx -> {
            LocationDao.Row source = location(tx, "fromLocationId", from);
            LocationDao.Row target = location(tx, "toLocationId", to);
            PartDao dao = tx.parts();
            Instant now = times.now();
            long id = dao.insertTransfer(from, to, note, actor.username(), now);
            List<PartDao.TransferLineRow> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                StockTransferLineInput l = lines.get(i);
                String at = "lines[" + i + "]";
                int quantity = l.quantity();
                PartDao.Row here = dao.find(l.vehiclePartId(), from)
                        .orElseThrow(() -> ApiException.invalid(
                                at + ".vehiclePartId",
                                ErrorCode.NOT_FOUND,
                                "vehicle part " + l.vehiclePartId() + " does not exist"));
                PartDao.Row left = parts.transferMovement(
                        tx, actor, here, -quantity, id, "transfer " + id + " to " + target.name());
                if (left == null) {
                    int available = Math.max(0, here.available());
                    throw ApiException.conflict(
                            at + ".quantity",
                            ErrorCode.INVALID_STATE,
                            here.partId() + " " + here.partName() + ": " + available + " available at " + source.name()
                                    + ", " + quantity + " asked; nothing was moved",
                            Map.of("available", available, "requested", quantity));
                }
                PartDao.Row there = dao.find(here.id(), to).orElseThrow();
                PartDao.Row arrived = parts.transferMovement(
                        tx, actor, there, quantity, id, "transfer " + id + " from " + source.name());
                parts.lowStockCheck(tx, actor, here, left);
                rows.add(new PartDao.TransferLineRow(
                        id, i + 1, here.id(), here.partId(), here.partName(), quantity, left.stock(), arrived.stock()));
            }
            dao.insertTransferLines(rows);
            StockTransfer made = load(tx, id);
            events.append(tx, actor, null, null, new StockTransferred(id, from, to, made.lines(), note));
            return made;
        };
    }

    public StockTransfer get(long id) {
        return db.read(tx -> load(tx, id));
    }

    /** Newest first; those leaving or reaching a location when {@code locationId} is given. */
    public Page<StockTransfer> list(Long locationId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<PartDao.TransferRow> rows = tx.parts().transfers(before, locationId, limit + 1);
            List<Long> ids = rows.stream().map(PartDao.TransferRow::id).toList();
            List<PartDao.TransferLineRow> lines =
                    ids.isEmpty() ? List.of() : tx.parts().transferLines(ids);
            return Pages.of(rows, limit, PartDao.TransferRow::id, r -> toApi(r, lines));
        });
    }

    private static LocationDao.Row location(Tx tx, String field, long id) {
        return tx.locations()
                .find(id)
                .orElseThrow(
                        () -> ApiException.invalid(field, ErrorCode.NOT_FOUND, "location " + id + " does not exist"));
    }

    private static StockTransfer load(Tx tx, long id) {
        PartDao.TransferRow r = tx.parts().transfer(id).orElseThrow(() -> ApiException.notFound("stock transfer", id));
        return toApi(r, tx.parts().transferLines(List.of(id)));
    }

    private static StockTransfer toApi(PartDao.TransferRow r, List<PartDao.TransferLineRow> all) {
        List<StockTransferLine> lines = all.stream()
                .filter(l -> l.stockTransferId() == r.id())
                .map(l -> new StockTransferLine(
                        l.vehiclePartId(),
                        l.partNumber(),
                        l.partName(),
                        l.quantity(),
                        l.fromStockAfter(),
                        l.toStockAfter()))
                .toList();
        return new StockTransfer(
                r.id(), r.fromLocationId(), r.toLocationId(), lines, r.note(), r.createdBy(), r.createdAt());
    }
}
