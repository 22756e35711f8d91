package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.ClockNoteInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.PauseInput;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.TimeEntryPatch;
import org.shopsuite.server.service.clock.ClockService;

/** The technicians' time clock: attendance, job clocks, time entries and their corrections. */
final class ClockController {
    private final ClockService clock;
    private final Bodies bodies;
    private final Respond respond;

    ClockController(ClockService clock, Bodies bodies, Respond respond) {
        this.clock = clock;
        this.bodies = bodies;
        this.respond = respond;
    }

    void state(Context ctx) {
        Respond.ok(ctx, clock.clock(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void clockIn(Context ctx) {
        respond.post(ctx, 200, clock.clockIn(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void clockOut(Context ctx) {
        respond.post(ctx, 200, clock.clockOut(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void pause(Context ctx) {
        respond.post(
                ctx, 200, clock.pause(Respond.actor(ctx), Params.id(ctx, "id"), bodies.read(ctx, PauseInput.class)));
    }

    void resume(Context ctx) {
        ClockNoteInput in = bodies.readOptional(ctx, ClockNoteInput.class);
        respond.post(ctx, 200, clock.resume(Respond.actor(ctx), Params.id(ctx, "id"), in == null ? null : in.note()));
    }

    void entries(Context ctx) {
        Respond.json(
                ctx,
                new Page<>(
                        clock.entries(
                                Respond.actor(ctx),
                                Params.id(ctx, "id"),
                                Params.date(ctx, "from"),
                                Params.date(ctx, "to")),
                        null));
    }

    void entry(Context ctx) {
        Respond.ok(ctx, clock.entry(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void correct(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        respond.put(ctx, clock.correct(Respond.actor(ctx), id, version, bodies.read(ctx, TimeEntryPatch.class)));
    }

    void voidEntry(Context ctx) {
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, clock.voidEntry(Respond.actor(ctx), Params.id(ctx, "id"), in.reason()));
    }
}
