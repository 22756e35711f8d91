package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.CouponCodeInput;
import org.shopsuite.model.MessageStatus;
import org.shopsuite.model.PointsPurchaseInput;
import org.shopsuite.model.PromotionInput;
import org.shopsuite.model.ReminderRunInput;
import org.shopsuite.server.service.Services;

/** Points, promotions and coupons, reminders and the outbox of messages. */
final class LoyaltyController {
    private final Services s;
    private final Bodies bodies;
    private final Respond respond;

    LoyaltyController(Services s, Bodies bodies, Respond respond) {
        this.s = s;
        this.bodies = bodies;
        this.respond = respond;
    }

    void points(Context ctx) {
        Respond.ok(ctx, s.points().get(Params.id(ctx, "id")));
    }

    void purchasePoints(Context ctx) {
        respond.post(
                ctx,
                201,
                s.points()
                        .purchase(
                                Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, PointsPurchaseInput.class)));
    }

    void coupons(Context ctx) {
        Respond.json(ctx, s.coupons().ofCustomer(Params.id(ctx, "id")));
    }

    void redeem(Context ctx) {
        respond.post(
                ctx,
                201,
                s.invoices().redeem(Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, CouponCodeInput.class)));
    }

    void listPromotions(Context ctx) {
        Respond.json(
                ctx, s.coupons().promotions(Params.bool(ctx, "active"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void createPromotion(Context ctx) {
        respond.post(ctx, 201, s.coupons().createPromotion(Respond.actor(ctx), bodies.read(ctx, PromotionInput.class)));
    }

    void getPromotion(Context ctx) {
        Respond.ok(ctx, s.coupons().promotion(Params.id(ctx, "id")));
    }

    void updatePromotion(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        PromotionInput in = bodies.merge(ctx, s.coupons().promotionAsInput(id), PromotionInput.class);
        respond.put(ctx, s.coupons().updatePromotion(Respond.actor(ctx), id, version, in));
    }

    void reminders(Context ctx) {
        Respond.ok(ctx, s.reminders().list(Params.date(ctx, "date")));
    }

    void runReminders(Context ctx) {
        ReminderRunInput in = bodies.read(ctx, ReminderRunInput.class);
        respond.post(ctx, 200, s.reminders().run(Respond.actor(ctx), in.date()));
    }

    void messages(Context ctx) {
        boolean csvWanted = Csv.wanted(ctx);
        MessageStatus status = Params.enumValue(ctx, "status", MessageStatus.class);
        if (!csvWanted) {
            Respond.json(ctx, s.reminders().messages(status, Params.text(ctx, "cursor"), Params.limit(ctx)));
            return;
        }
        Csv csv = new Csv("id", "kind", "customerId", "customerName", "phone", "text", "status", "createdAt");
        String cursor = null;
        do {
            var page = s.reminders().messages(status, cursor, 500);
            for (var m : page.items()) {
                csv.row(
                        m.id(),
                        m.kind(),
                        m.customerId(),
                        m.customerName(),
                        m.phone(),
                        m.text(),
                        m.status(),
                        m.createdAt());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        csv.send(ctx, "messages.csv");
    }
}
