package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.server.service.sale.CounterSaleService;

/** Parts sold over the counter: paid, handed over, cancelled or returned. */
final class CounterSaleController {
    private final CounterSaleService sales;
    private final org.shopsuite.server.service.shop.ShopService shop;
    private final Bodies bodies;
    private final Respond respond;

    CounterSaleController(
            CounterSaleService sales,
            org.shopsuite.server.service.shop.ShopService shop,
            Bodies bodies,
            Respond respond) {
        this.sales = sales;
        this.shop = shop;
        this.bodies = bodies;
        this.respond = respond;
    }

    void list(Context ctx) {
        Respond.json(
                ctx,
                sales.list(
                        Params.enumValue(ctx, "status", CounterSaleStatus.class),
                        Params.date(ctx, "date"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void create(Context ctx) {
        respond.post(ctx, 201, sales.create(Respond.actor(ctx), bodies.read(ctx, CounterSaleInput.class)));
    }

    void get(Context ctx) {
        Respond.ok(ctx, sales.get(Params.id(ctx, "id")));
    }

    /** 영수증: the sale's slip as it stands (a cancellation or return shows on it). */
    void slip(Context ctx) {
        var sale = sales.get(Params.id(ctx, "id"));
        var at = shop.at(sale.locationId());
        byte[] pdf =
                org.shopsuite.server.service.document.SaleSlip.render(sale, at, java.time.ZoneId.of(at.timezone()));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"sale-" + sale.id() + ".pdf\"")
                .result(pdf);
    }

    void handOver(Context ctx) {
        respond.post(ctx, 200, sales.handOver(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void cancel(Context ctx) {
        long id = Params.id(ctx, "id");
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, sales.cancel(Respond.actor(ctx), id, in.reason()));
    }
}
