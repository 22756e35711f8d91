package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.StockAdjustmentInput;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.shopsuite.server.service.part.PartService;

/**
 * The parts catalogue ("vehicleParts"), each location's stock, adjustments, the stock ledger and
 * transfers between locations.
 */
final class PartController {
    private final PartService parts;
    private final org.shopsuite.server.service.part.StockTransferService transfers;
    private final Bodies bodies;
    private final Respond respond;

    PartController(
            PartService parts,
            org.shopsuite.server.service.part.StockTransferService transfers,
            Bodies bodies,
            Respond respond) {
        this.parts = parts;
        this.transfers = transfers;
        this.bodies = bodies;
        this.respond = respond;
    }

    /** The location whose stock a read shows: {@code ?locationId=}, or the session's. */
    static long stockAt(Context ctx) {
        return Respond.location(ctx);
    }

    void list(Context ctx) {
        Respond.json(
                ctx,
                parts.list(
                        Params.text(ctx, "q"),
                        Params.bool(ctx, "lowStock"),
                        stockAt(ctx),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void get(Context ctx) {
        Respond.ok(ctx, parts.get(Params.id(ctx, "id"), stockAt(ctx)));
    }

    void create(Context ctx) {
        VehiclePartInput in = bodies.read(ctx, VehiclePartInput.class);
        respond.post(ctx, 201, parts.create(Respond.actor(ctx), in));
    }

    void update(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        VehiclePart p = parts.get(id, Respond.actor(ctx).locationId());
        VehiclePartInput base = new VehiclePartInput(
                p.partId(),
                p.partName(),
                p.stock(),
                p.partPrice(),
                p.costPrice(),
                p.reorderPoint(),
                p.barcode(),
                p.defaultSupplierId(),
                p.coreCharge());
        VehiclePartInput in = bodies.merge(ctx, base, VehiclePartInput.class);
        respond.put(ctx, parts.update(Respond.actor(ctx), id, version, in));
    }

    void adjust(Context ctx) {
        long id = Params.id(ctx, "id");
        StockAdjustmentInput in = bodies.read(ctx, StockAdjustmentInput.class);
        respond.post(ctx, 201, parts.adjust(Respond.actor(ctx), id, in));
    }

    void createTransfer(Context ctx) {
        org.shopsuite.model.StockTransferInput in = bodies.read(ctx, org.shopsuite.model.StockTransferInput.class);
        respond.post(ctx, 201, transfers.create(Respond.actor(ctx), in));
    }

    void listTransfers(Context ctx) {
        Respond.json(
                ctx,
                transfers.list(Params.longValue(ctx, "locationId"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void getTransfer(Context ctx) {
        Respond.ok(ctx, transfers.get(Params.id(ctx, "id")));
    }

    void movements(Context ctx) {
        Respond.json(
                ctx,
                parts.movements(Params.id(ctx, "id"), stockAt(ctx), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }
}
