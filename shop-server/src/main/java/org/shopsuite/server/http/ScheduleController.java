package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.BayInput;
import org.shopsuite.model.DaysOff;
import org.shopsuite.model.OpeningHours;
import org.shopsuite.server.service.schedule.ScheduleService;

/** Bays, the shop's opening hours and the mechanics' days off. */
final class ScheduleController {
    private final ScheduleService schedule;
    private final Bodies bodies;
    private final Respond respond;

    ScheduleController(ScheduleService schedule, Bodies bodies, Respond respond) {
        this.schedule = schedule;
        this.bodies = bodies;
        this.respond = respond;
    }

    void listBays(Context ctx) {
        Respond.json(ctx, schedule.bays(Params.bool(ctx, "active"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void createBay(Context ctx) {
        respond.post(ctx, 201, schedule.createBay(Respond.actor(ctx), bodies.read(ctx, BayInput.class)));
    }

    void getBay(Context ctx) {
        Respond.ok(ctx, schedule.bay(Params.id(ctx, "id")));
    }

    void updateBay(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        BayInput in = bodies.merge(ctx, schedule.bayAsInput(id), BayInput.class);
        respond.put(ctx, schedule.updateBay(Respond.actor(ctx), id, version, in));
    }

    void getHours(Context ctx) {
        Respond.ok(ctx, schedule.hours());
    }

    void putHours(Context ctx) {
        long version = Params.ifMatch(ctx);
        respond.put(ctx, schedule.setHours(Respond.actor(ctx), version, bodies.read(ctx, OpeningHours.class)));
    }

    void getDaysOff(Context ctx) {
        Respond.ok(ctx, schedule.daysOff(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void putDaysOff(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        respond.put(ctx, schedule.setDaysOff(Respond.actor(ctx), id, version, bodies.read(ctx, DaysOff.class)));
    }
}
