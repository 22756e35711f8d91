package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.SubletCompleteInput;
import org.shopsuite.model.SubletInput;
import org.shopsuite.model.SubletOrderStatus;
import org.shopsuite.model.SubletScheduleInput;
import org.shopsuite.server.service.sublet.SubletService;

/** Sublet orders: work sent to contractors; a CONTRACTOR user reaches only its own. */
final class SubletController {
    private final SubletService sublets;
    private final Bodies bodies;
    private final Respond respond;

    SubletController(SubletService sublets, Bodies bodies, Respond respond) {
        this.sublets = sublets;
        this.bodies = bodies;
        this.respond = respond;
    }

    void list(Context ctx) {
        Respond.json(
                ctx,
                sublets.list(
                        Respond.actor(ctx),
                        Params.enumValue(ctx, "status", SubletOrderStatus.class),
                        Params.longValue(ctx, "supplierId"),
                        Params.longValue(ctx, "claimId"),
                        Params.longValue(ctx, "jobId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void get(Context ctx) {
        Respond.ok(ctx, sublets.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void order(Context ctx) {
        respond.post(
                ctx,
                201,
                sublets.orderForJob(Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, SubletInput.class)));
    }

    void schedule(Context ctx) {
        respond.post(
                ctx,
                200,
                sublets.schedule(
                        Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, SubletScheduleInput.class)));
    }

    void complete(Context ctx) {
        respond.post(
                ctx,
                200,
                sublets.complete(
                        Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, SubletCompleteInput.class)));
    }

    void cancel(Context ctx) {
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, sublets.cancel(Respond.actor(ctx), Params.id(ctx, "id"), in.reason()));
    }
}
