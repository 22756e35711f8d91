package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.server.service.estimate.EstimateService;

/** Estimates: versions of a receipt's quote, presented to the customer and approved line by line. */
final class EstimateController {
    private final EstimateService estimates;
    private final Bodies bodies;
    private final Respond respond;

    EstimateController(EstimateService estimates, Bodies bodies, Respond respond) {
        this.estimates = estimates;
        this.bodies = bodies;
        this.respond = respond;
    }

    void createEstimate(Context ctx) {
        long receiptId = Params.id(ctx, "id");
        EstimateInput in = bodies.readOptional(ctx, EstimateInput.class);
        respond.post(ctx, 201, estimates.create(Respond.actor(ctx), receiptId, in));
    }

    void getEstimate(Context ctx) {
        Respond.ok(ctx, estimates.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void changeEstimate(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        EstimateInput in = bodies.read(ctx, EstimateInput.class);
        respond.put(ctx, estimates.change(Respond.actor(ctx), id, version, in));
    }

    void presentEstimate(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(ctx, 200, estimates.present(Respond.actor(ctx), id));
    }

    void approve(Context ctx) {
        long id = Params.id(ctx, "id");
        ApprovalInput in = bodies.read(ctx, ApprovalInput.class);
        respond.post(ctx, 201, estimates.approve(Respond.actor(ctx), id, in));
    }
}
