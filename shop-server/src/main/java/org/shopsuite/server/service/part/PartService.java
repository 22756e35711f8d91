package org.shopsuite.server.service.part;

import java.time.Instant;
import java.util.List;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.StockAdjustmentInput;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.shopsuite.model.event.LowStock;
import org.shopsuite.model.event.StockAdjusted;
import org.shopsuite.model.event.VehiclePartCreated;
import org.shopsuite.model.event.VehiclePartUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Like;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Text;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/**
 * The parts catalogue and its stock. Stock only moves through {@link #move}, which writes the
 * ledger row in the same transaction and never lets stock go below zero.
 */
public final class PartService {
    private static final int MAX_STOCK = 1_000_000;

    private final Database db;
    private final EventStore events;
    private final Times times;

    public PartService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
    }

    /** A page of the catalogue with one location's stock. */
    public Page<VehiclePart> list(String q, Boolean lowStock, long locationId, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        String query = q == null || Text.clean(q).isEmpty() ? null : Text.clean(q);
        List<PartDao.Row> rows = db.read(tx -> tx.parts()
                .list(
                        after == null ? null : after.name(),
                        after == null ? 0 : after.id(),
                        query == null ? null : Like.contains(query),
                        query,
                        lowStock,
                        locationId,
                        limit + 1));
        return Pages.byName(rows, limit, PartDao.Row::partName, PartDao.Row::id, PartService::toApi);
    }

    /** A part with one location's stock. */
    public VehiclePart get(long id, long locationId) {
        return toApi(db.read(tx -> tx.parts().find(id, locationId))
                .orElseThrow(() -> ApiException.notFound("vehicle part", id)));
    }

    public Change<VehiclePart> create(Actor actor, VehiclePartInput in) {
        Check c = new Check();
        Valid v = validate(c, in);
        int stock = orZero(c.wholeNumber("stock", in.stock(), 0, MAX_STOCK, false));
        c.done();
        return tx -> {
            PartDao dao = tx.parts();
            checkUnique(dao, 0, v);
            Instant now = times.now();
            long id = dao.insert(
                    new PartDao.Row(
                            0,
                            v.partId,
                            v.partName,
                            stock,
                            v.partPrice,
                            v.costPrice,
                            v.reorderPoint,
                            v.barcode,
                            1,
                            0,
                            v.defaultSupplierId,
                            v.coreCharge,
                            actor.locationId(),
                            stock),
                    now);
            // the chain's catalogue; the first units are at the location that adds it
            dao.insertStock(actor.locationId(), id, stock);
            if (stock > 0) {
                dao.insertMovement(new PartDao.MovementRow(
                        0,
                        id,
                        MovementKind.INITIAL,
                        stock,
                        stock,
                        "initial stock",
                        null,
                        null,
                        actor.username(),
                        now,
                        null,
                        null,
                        v.costPrice,
                        null,
                        actor.locationId(),
                        null));
            }
            PartDao.Row row = dao.find(id, actor.locationId()).orElseThrow();
            events.append(tx, actor, null, null, created(row));
            return toApi(row);
        };
    }

    public Change<VehiclePart> update(Actor actor, long id, long version, VehiclePartInput in) {
        Check c = new Check();
        Valid v = validate(c, in);
        c.done();
        return tx -> {
            PartDao dao = tx.parts();
            PartDao.Row current =
                    dao.find(id, actor.locationId()).orElseThrow(() -> ApiException.notFound("vehicle part", id));
            if (in.stock() != null && in.stock() != current.stock()) {
                throw ApiException.invalid(
                        "stock",
                        ErrorCode.UNKNOWN_FIELD,
                        "stock changes go through POST /vehicleParts/" + id + "/stockAdjustments");
            }
            checkUnique(dao, id, v);
            PartDao.Row changed = new PartDao.Row(
                    id,
                    v.partId,
                    v.partName,
                    current.stock(),
                    v.partPrice,
                    v.costPrice,
                    v.reorderPoint,
                    v.barcode,
                    version,
                    current.reserved(),
                    v.defaultSupplierId,
                    v.coreCharge,
                    current.locationId(),
                    current.chainStock());
            if (dao.update(changed, times.now()) == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            PartDao.Row row = dao.find(id, actor.locationId()).orElseThrow();
            events.append(tx, actor, null, null, updated(row));
            lowStockCheck(tx, actor, current, row);
            return toApi(row);
        };
    }

    public Change<VehiclePart> adjust(Actor actor, long id, StockAdjustmentInput in) {
        Check c = new Check();
        Integer delta = c.wholeNumber("delta", in.delta(), -MAX_STOCK, MAX_STOCK, true);
        if (delta != null && delta == 0) {
            c.fail("delta", ErrorCode.OUT_OF_RANGE, "must not be 0");
        }
        String reason = c.text("reason", in.reason(), 200);
        c.done();
        return tx -> {
            PartDao.Row before = tx.parts()
                    .find(id, actor.locationId())
                    .orElseThrow(() -> ApiException.notFound("vehicle part", id));
            PartDao.Row after = move(tx, actor, before, delta, MovementKind.ADJUSTMENT, reason, null, null);
            if (after == null) {
                throw ApiException.conflict(
                        "delta",
                        ErrorCode.OUT_OF_RANGE,
                        before.reserved() == 0
                                ? "stock is " + before.stock() + "; it cannot go below zero (delta " + delta + ")"
                                : "stock is " + before.stock() + " of which " + before.reserved()
                                        + " are held for counter sales; what is available cannot go below zero"
                                        + " (delta " + delta + ")");
            }
            events.append(tx, actor, null, null, new StockAdjusted(id, after.partId(), delta, reason, after.stock()));
            lowStockCheck(tx, actor, before, after);
            return toApi(after);
        };
    }

    /** A location's ledger of a part, newest first. */
    public Page<StockMovement> movements(long id, long locationId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        List<PartDao.MovementRow> rows = db.read(tx -> {
            PartDao dao = tx.parts();
            if (dao.find(id, locationId).isEmpty()) {
                throw ApiException.notFound("vehicle part", id);
            }
            return dao.movements(id, locationId, before, limit + 1);
        });
        return Pages.of(rows, limit, PartDao.MovementRow::id, PartService::toApi);
    }

    /**
     * Moves the stock of the part's location (the one it was read at) and writes its ledger row;
     * null (and nothing written) if stock would go negative there.
     */
    public PartDao.Row move(
            WriteTx tx,
            Actor actor,
            PartDao.Row part,
            int delta,
            MovementKind kind,
            String reason,
            Long jobId,
            Long partRequestId) {
        return move(tx, actor, part, delta, kind, reason, jobId, partRequestId, null, null, null);
    }

    /**
     * As above, for a movement that refers to a purchase order (and the vendor's invoice as {@code
     * reference}) and moved at a known unit cost.
     */
    public PartDao.Row move(
            WriteTx tx,
            Actor actor,
            PartDao.Row part,
            int delta,
            MovementKind kind,
            String reason,
            Long jobId,
            Long partRequestId,
            Long purchaseOrderId,
            String reference,
            Long unitCost) {
        PartDao dao = tx.parts();
        Instant now = times.now();
        if (dao.moveStock(part.id(), part.locationId(), delta, now) == 0) {
            return null;
        }
        return ledger(
                tx,
                actor,
                part,
                delta,
                kind,
                reason,
                jobId,
                partRequestId,
                purchaseOrderId,
                reference,
                unitCost,
                null,
                null);
    }

    /**
     * One side of a transfer between locations: the part's units leave its location ({@code
     * TRANSFER_OUT}, delta negative; null and nothing written when fewer are available there) or
     * reach it ({@code TRANSFER_IN}), with the ledger row naming the transfer, at the part's cost.
     */
    public PartDao.Row transferMovement(
            WriteTx tx, Actor actor, PartDao.Row part, int delta, long transferId, String reason) {
        if (tx.parts().moveStock(part.id(), part.locationId(), delta, times.now()) == 0) {
            return null;
        }
        return ledger(
                tx,
                actor,
                part,
                delta,
                delta < 0 ? MovementKind.TRANSFER_OUT : MovementKind.TRANSFER_IN,
                reason,
                null,
                null,
                null,
                null,
                part.costPrice(),
                null,
                transferId);
    }

    /**
     * The ledger row of a counter sale's units handed over ({@code SOLD}, stock and reservation
     * already down) or back ({@code SALE_RETURN}, stock up), at the part's cost at that moment.
     */
    public PartDao.Row saleMovement(
            WriteTx tx, Actor actor, PartDao.Row part, int delta, MovementKind kind, long saleId) {
        if (kind == MovementKind.SALE_RETURN
                && tx.parts().moveStock(part.id(), part.locationId(), delta, times.now()) == 0) {
            throw new IllegalStateException("stock of part " + part.id() + " did not move");
        }
        return ledger(
                tx,
                actor,
                part,
                delta,
                kind,
                "counter sale " + saleId,
                null,
                null,
                null,
                null,
                part.costPrice(),
                saleId,
                null);
    }

    private PartDao.Row ledger(
            WriteTx tx,
            Actor actor,
            PartDao.Row part,
            int delta,
            MovementKind kind,
            String reason,
            Long jobId,
            Long partRequestId,
            Long purchaseOrderId,
            String reference,
            Long unitCost,
            Long counterSaleId,
            Long stockTransferId) {
        PartDao dao = tx.parts();
        Instant now = times.now();
        PartDao.Row after = dao.find(part.id(), part.locationId()).orElseThrow();
        dao.insertMovement(new PartDao.MovementRow(
                0,
                part.id(),
                kind,
                delta,
                after.stock(),
                reason,
                jobId,
                partRequestId,
                actor.username(),
                now,
                purchaseOrderId,
                reference,
                unitCost,
                counterSaleId,
                part.locationId(),
                stockTransferId));
        return after;
    }

    /** Raises LowStock when stock falls to or below the reorder point. */
    public void lowStockCheck(WriteTx tx, Actor actor, PartDao.Row before, PartDao.Row after) {
        boolean wasLow = before.available() <= before.reorderPoint();
        boolean isLow = after.available() <= after.reorderPoint();
        if (isLow && (!wasLow || after.available() < before.available())) {
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new LowStock(
                            after.id(),
                            after.partId(),
                            after.partName(),
                            after.available(),
                            after.reorderPoint(),
                            after.locationId()));
        }
    }

    private record Valid(
            String partId,
            String partName,
            long partPrice,
            long costPrice,
            int reorderPoint,
            String barcode,
            Long defaultSupplierId,
            long coreCharge) {}

    private static Valid validate(Check c, VehiclePartInput in) {
        String partId = c.text("partId", in.partId(), 40);
        String partName = c.text("partName", in.partName(), 100);
        Long price = c.money("partPrice", in.partPrice(), true);
        Long cost = c.money("costPrice", in.costPrice(), false);
        Integer reorder = c.wholeNumber("reorderPoint", in.reorderPoint(), 0, MAX_STOCK, false);
        String barcode = c.optionalText("barcode", in.barcode(), 64);
        c.positiveId("defaultSupplierId", in.defaultSupplierId());
        Long core = c.money("coreCharge", in.coreCharge(), false);
        return new Valid(
                partId,
                partName,
                price == null ? 0 : price,
                cost == null ? 0 : cost,
                orZero(reorder),
                barcode,
                in.defaultSupplierId(),
                core == null ? 0 : core);
    }

    private static void checkUnique(PartDao dao, long id, Valid v) {
        if (v.defaultSupplierId != null && dao.supplierExists(v.defaultSupplierId) == 0) {
            throw ApiException.invalid(
                    "defaultSupplierId", ErrorCode.NOT_FOUND, "supplier " + v.defaultSupplierId + " does not exist");
        }
        dao.findByPartId(v.partId, Actor.FIRST_LOCATION)
                .filter(p -> p.id() != id)
                .ifPresent(p -> {
                    throw ApiException.conflict(
                            "partId",
                            ErrorCode.NOT_UNIQUE,
                            "part number '" + v.partId + "' is already used by part " + p.id());
                });
        if (v.barcode != null) {
            dao.findByBarcode(v.barcode, Actor.FIRST_LOCATION)
                    .filter(p -> p.id() != id)
                    .ifPresent(p -> {
                        throw ApiException.conflict(
                                "barcode",
                                ErrorCode.NOT_UNIQUE,
                                "barcode '" + v.barcode + "' is already used by part " + p.id());
                    });
        }
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static VehiclePartCreated created(PartDao.Row r) {
        return new VehiclePartCreated(r.id(), r.partId(), r.partName(), r.stock(), r.partPrice(), r.reorderPoint());
    }

    private static VehiclePartUpdated updated(PartDao.Row r) {
        return new VehiclePartUpdated(r.id(), r.partId(), r.partName(), r.stock(), r.partPrice(), r.reorderPoint());
    }

    static VehiclePart toApi(PartDao.Row r) {
        return new VehiclePart(
                r.id(),
                r.partId(),
                r.partName(),
                r.stock(),
                r.partPrice(),
                r.costPrice(),
                r.reorderPoint(),
                r.barcode(),
                r.available() <= r.reorderPoint(),
                r.version(),
                r.reserved(),
                r.available(),
                r.defaultSupplierId(),
                r.coreCharge(),
                r.locationId(),
                r.chainStock());
    }

    static StockMovement toApi(PartDao.MovementRow r) {
        return new StockMovement(
                r.id(),
                r.vehiclePartId(),
                r.kind(),
                r.delta(),
                r.stockAfter(),
                r.reason(),
                r.jobId(),
                r.partRequestId(),
                r.actor(),
                r.occurredAt(),
                r.purchaseOrderId(),
                r.reference(),
                r.unitCost(),
                r.counterSaleId(),
                r.locationId(),
                r.stockTransferId());
    }
}
