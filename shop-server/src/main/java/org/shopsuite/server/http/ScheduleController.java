package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.BayInput;
import org.shopsuite.model.DaysOff;
import org.shopsuite.model.OpeningHours;
import org.shopsuite.server.service.schedule.ScheduleService;

/** Bays, the shop's opening hours and the mechanics' days off. */
final class ScheduleController {
    private final ScheduleService schedule;
    private final org.shopsuite.server.service.appointment.AppointmentService appointments;
    private final Bodies bodies;
    private final Respond respond;

    ScheduleController(
            ScheduleService schedule,
            org.shopsuite.server.service.appointment.AppointmentService appointments,
            Bodies bodies,
            Respond respond) {
        this.schedule = schedule;
        this.appointments = appointments;
        this.bodies = bodies;
        this.respond = respond;
    }

    void listBays(Context ctx) {
        Respond.json(
                ctx,
                schedule.bays(
                        Respond.location(ctx),
                        Params.bool(ctx, "active"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
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
        Respond.ok(ctx, schedule.hours(Respond.location(ctx)));
    }

    void putHours(Context ctx) {
        long version = Params.ifMatch(ctx);
        respond.put(
                ctx,
                schedule.setHours(
                        Respond.actor(ctx), Respond.location(ctx), version, bodies.read(ctx, OpeningHours.class)));
    }

    void getDaysOff(Context ctx) {
        Respond.ok(ctx, schedule.daysOff(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void putDaysOff(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        respond.put(ctx, schedule.setDaysOff(Respond.actor(ctx), id, version, bodies.read(ctx, DaysOff.class)));
    }

    void book(Context ctx) {
        respond.post(
                ctx,
                201,
                appointments.book(Respond.actor(ctx), bodies.read(ctx, org.shopsuite.model.AppointmentInput.class)));
    }

    void listAppointments(Context ctx) {
        Respond.json(
                ctx,
                appointments.list(
                        Respond.actor(ctx),
                        Params.longValue(ctx, "locationId"),
                        Params.date(ctx, "from"),
                        Params.date(ctx, "to"),
                        Params.longValue(ctx, "mechanicId"),
                        Params.longValue(ctx, "bayId"),
                        Params.enumValue(ctx, "status", org.shopsuite.model.AppointmentStatus.class),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void getAppointment(Context ctx) {
        Respond.ok(ctx, appointments.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void cancel(Context ctx) {
        org.shopsuite.model.ReasonInput in = bodies.read(ctx, org.shopsuite.model.ReasonInput.class);
        respond.post(ctx, 200, appointments.cancel(Respond.actor(ctx), Params.id(ctx, "id"), in.reason()));
    }

    void reschedule(Context ctx) {
        respond.post(
                ctx,
                200,
                appointments.reschedule(
                        Respond.actor(ctx),
                        Params.id(ctx, "id"),
                        bodies.read(ctx, org.shopsuite.model.RescheduleInput.class)));
    }

    void arrive(Context ctx) {
        respond.post(
                ctx,
                200,
                appointments.arrive(
                        Respond.actor(ctx),
                        Params.id(ctx, "id"),
                        bodies.readOptional(ctx, org.shopsuite.model.ArriveInput.class)));
    }

    void noShow(Context ctx) {
        respond.post(ctx, 200, appointments.noShow(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void availability(Context ctx) {
        Respond.json(
                ctx,
                appointments.availabilityJson(
                        Respond.location(ctx), Params.date(ctx, "date"), Params.decimal(ctx, "hours")));
    }

    void schedule(Context ctx) {
        Respond.json(ctx, appointments.scheduleJson(Respond.location(ctx), Params.date(ctx, "date")));
    }
}
