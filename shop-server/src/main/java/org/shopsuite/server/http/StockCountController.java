package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.StockCountInput;
import org.shopsuite.server.service.count.StockCountService;

/** Stock counts: a sheet, scans from one or several scanners, and posting the differences. */
final class StockCountController {
    private final StockCountService counts;
    private final Bodies bodies;
    private final Respond respond;

    StockCountController(StockCountService counts, Bodies bodies, Respond respond) {
        this.counts = counts;
        this.bodies = bodies;
        this.respond = respond;
    }

    void start(Context ctx) {
        respond.post(ctx, 201, counts.start(Respond.actor(ctx), bodies.readOptional(ctx, StockCountInput.class)));
    }

    void get(Context ctx) {
        Respond.ok(ctx, counts.get(Params.id(ctx, "id")));
    }

    void scan(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(ctx, 201, counts.scan(Respond.actor(ctx), id, bodies.read(ctx, ScanInput.class)));
    }

    void post(Context ctx) {
        respond.post(ctx, 200, counts.post(Respond.actor(ctx), Params.id(ctx, "id")));
    }
}
