package org.shopsuite.server.service.count;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.StockCount;
import org.shopsuite.model.StockCountInput;
import org.shopsuite.model.StockCountLine;
import org.shopsuite.model.StockCountStatus;
import org.shopsuite.model.event.StockCountScanned;
import org.shopsuite.model.event.StockCountStarted;
import org.shopsuite.model.event.StockCounted;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.count.StockCountDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.part.PartService;

/**
 * Stock counts with a scanner: a sheet fixes the ledger's position when it starts and counts each
 * part against its stock at that moment, so sales, issues and deliveries while the count goes on
 * keep their movements; posting adds only the differences found, as COUNT ledger rows, in one
 * transaction.
 */
public final class StockCountService {
    private final Database db;
    private final EventStore events;
    private final PartService parts;
    private final Times times;

    public StockCountService(Database db, EventStore events, PartService parts, Times times) {
        this.db = db;
        this.events = events;
        this.parts = parts;
        this.times = times;
    }

    public StockCount get(long id) {
        return db.read(tx -> load(tx, id));
    }

    public Change<StockCount> start(Actor actor, StockCountInput in) {
        List<Long> ids = in == null ? null : in.vehiclePartIds();
        Check c = new Check();
        if (ids != null) {
            if (ids.isEmpty() || ids.size() > 10_000) {
                c.fail("vehiclePartIds", ErrorCode.OUT_OF_RANGE, "1 to 10000 parts", Map.of("min", 1, "max", 10_000));
            }
            for (int i = 0; i < ids.size() && i < 10_000; i++) {
                c.positiveId("vehiclePartIds[" + i + "]", c.required("vehiclePartIds[" + i + "]", ids.get(i)));
            }
        }
        c.done();
        return tx -> {
            StockCountDao dao = tx.stockCounts();
            long mark = dao.ledgerMark();
            // a count of the stock of the location it is made at
            long location = actor.locationId();
            long id = dao.insert(mark, actor.username(), times.now(), location);
            int lines;
            if (ids == null) {
                lines = dao.insertAllParts(id, mark, location);
            } else {
                List<Long> distinct = ids.stream().distinct().toList();
                lines = dao.insertParts(id, mark, distinct, location);
                if (lines != distinct.size()) {
                    throw ApiException.invalid(
                            "vehiclePartIds", ErrorCode.NOT_FOUND, "some of these parts do not exist");
                }
            }
            events.append(tx, actor, null, null, new StockCountStarted(id, lines));
            return load(tx, id);
        };
    }

    /** Units counted: one per scan unless a quantity is given; a part not on the sheet joins it. */
    public Change<StockCount> scan(Actor actor, long id, ScanInput in) {
        Check c = new Check();
        String barcode = c.optionalText("barcode", in.barcode(), 64);
        c.positiveId("vehiclePartId", in.vehiclePartId());
        if (barcode == null && in.vehiclePartId() == null && !c.failed("barcode")) {
            c.fail("barcode", ErrorCode.REQUIRED, "barcode or vehiclePartId is required");
        }
        if (in.quantity() != null) {
            c.wholeNumber("quantity", in.quantity(), 1, 100_000, true);
        }
        c.done();
        int quantity = in.quantity() == null ? 1 : in.quantity();
        return tx -> {
            StockCountDao dao = tx.stockCounts();
            StockCountDao.Row sheet = open(tx, id);
            PartDao.Row part = in.vehiclePartId() != null
                    ? tx.parts()
                            .find(in.vehiclePartId(), sheet.locationId())
                            .orElseThrow(() -> ApiException.invalid(
                                    "vehiclePartId",
                                    ErrorCode.NOT_FOUND,
                                    "vehicle part " + in.vehiclePartId() + " does not exist"))
                    : tx.parts()
                            .findByBarcode(barcode, sheet.locationId())
                            .orElseThrow(() -> ApiException.invalid(
                                    "barcode", ErrorCode.NOT_FOUND, "no part has the barcode " + barcode));
            if (dao.scan(id, part.id(), quantity) == 0) {
                dao.insertParts(id, sheet.ledgerMark(), List.of(part.id()), sheet.locationId());
                dao.scan(id, part.id(), quantity);
            }
            dao.touch(id);
            events.append(
                    tx, actor, null, null, new StockCountScanned(id, part.id(), quantity, dao.counted(id, part.id())));
            return load(tx, id);
        };
    }

    /**
     * The differences into the ledger: each part's stock moves by counted - expected (its stock at
     * the sheet's start), whatever moved since. A difference that would leave less than nothing
     * available is refused (409 naming the part), with nothing written.
     */
    public Change<StockCount> post(Actor actor, long id) {
        return tx -> {
            StockCountDao dao = tx.stockCounts();
            long location = open(tx, id).locationId();
            Instant now = times.now();
            List<StockCountDao.CountMovement> rows = new ArrayList<>();
            int added = 0;
            int removed = 0;
            Map<Long, PartDao.Row> now0 = new java.util.HashMap<>();
            for (PartDao.Row p : dao.parts(id, location)) {
                now0.put(p.id(), p);
            }
            for (StockCountDao.LineRow l : dao.lines(id)) {
                int delta = l.counted() - l.expected();
                if (delta == 0) {
                    continue;
                }
                PartDao.Row before = now0.get(l.vehiclePartId());
                Integer after = tx.parts().moveStock(l.vehiclePartId(), location, delta, now) == 0
                        ? null
                        : tx.parts()
                                .find(l.vehiclePartId(), location)
                                .orElseThrow()
                                .stock();
                if (after == null) {
                    throw ApiException.conflict(
                            "id",
                            ErrorCode.INVALID_STATE,
                            l.partId() + " " + l.partName() + ": counted " + l.counted() + " against " + l.expected()
                                    + " at the start, but only " + before.available()
                                    + " are available now; count it again",
                            Map.of(
                                    "vehiclePartId",
                                    l.vehiclePartId(),
                                    "available",
                                    before.available(),
                                    "delta",
                                    delta));
                }
                rows.add(new StockCountDao.CountMovement(
                        l.vehiclePartId(), delta, after, "stock count " + id, actor.username(), now, id, location));
                if (delta > 0) {
                    added += delta;
                } else {
                    removed -= delta;
                    parts.lowStockCheck(tx, actor, before, withStock(before, after));
                }
            }
            if (!rows.isEmpty()) {
                dao.insertMovements(rows);
            }
            dao.post(id, actor.username(), now);
            events.append(tx, actor, null, null, new StockCounted(id, rows.size(), added, removed));
            return load(tx, id);
        };
    }

    private static PartDao.Row withStock(PartDao.Row p, int stock) {
        return new PartDao.Row(
                p.id(),
                p.partId(),
                p.partName(),
                stock,
                p.partPrice(),
                p.costPrice(),
                p.reorderPoint(),
                p.barcode(),
                p.version() + 1,
                p.reserved(),
                p.defaultSupplierId(),
                p.coreCharge(),
                p.locationId(),
                p.chainStock() + stock - p.stock());
    }

    private static StockCountDao.Row open(Tx tx, long id) {
        StockCountDao.Row sheet = tx.stockCounts().find(id).orElseThrow(() -> ApiException.notFound("stock count", id));
        if (sheet.status() != StockCountStatus.OPEN) {
            throw ApiException.conflict("id", ErrorCode.INVALID_STATE, "stock count " + id + " was posted already");
        }
        return sheet;
    }

    private static StockCount load(Tx tx, long id) {
        StockCountDao.Row r = tx.stockCounts().find(id).orElseThrow(() -> ApiException.notFound("stock count", id));
        List<StockCountLine> lines = tx.stockCounts().lines(id).stream()
                .map(l -> new StockCountLine(
                        l.vehiclePartId(),
                        l.partId(),
                        l.partName(),
                        l.expected(),
                        l.counted(),
                        l.scans(),
                        l.counted() - l.expected()))
                .toList();
        return new StockCount(
                r.id(), r.status(), lines, r.startedBy(), r.startedAt(), r.postedBy(), r.postedAt(), r.version());
    }
}
