package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.CoverageOverrideInput;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.WarrantyAssignInput;
import org.shopsuite.model.WarrantyClaimInput;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.server.service.warranty.WarrantyService;

/** Warranty comebacks. */
final class WarrantyController {
    private final WarrantyService warranty;
    private final Bodies bodies;
    private final Respond respond;

    WarrantyController(WarrantyService warranty, Bodies bodies, Respond respond) {
        this.warranty = warranty;
        this.bodies = bodies;
        this.respond = respond;
    }

    void list(Context ctx) {
        Respond.json(
                ctx,
                warranty.list(
                        Params.enumValue(ctx, "status", WarrantyClaimStatus.class),
                        Params.longValue(ctx, "vehicleId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void register(Context ctx) {
        respond.post(ctx, 201, warranty.register(Respond.actor(ctx), bodies.read(ctx, WarrantyClaimInput.class)));
    }

    void get(Context ctx) {
        Respond.ok(ctx, warranty.get(Params.id(ctx, "id")));
    }

    void assign(Context ctx) {
        respond.post(
                ctx,
                200,
                warranty.assign(Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, WarrantyAssignInput.class)));
    }

    void override(Context ctx) {
        respond.post(
                ctx,
                200,
                warranty.override(
                        Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, CoverageOverrideInput.class)));
    }

    void cancel(Context ctx) {
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, warranty.cancel(Respond.actor(ctx), Params.id(ctx, "id"), in.reason()));
    }
}
