package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.Location;
import org.shopsuite.model.LocationInput;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.shopsuite.server.service.mechanic.MechanicService;
import org.shopsuite.server.service.shop.LocationService;
import org.shopsuite.server.service.shop.ShopService;
import org.shopsuite.server.service.user.UserService;

/** Users, mechanics, the shop's settings and its locations. */
final class PeopleController {
    private final UserService users;
    private final MechanicService mechanics;
    private final ShopService shop;
    private final LocationService locations;
    private final Bodies bodies;
    private final Respond respond;

    PeopleController(
            UserService users,
            MechanicService mechanics,
            ShopService shop,
            LocationService locations,
            Bodies bodies,
            Respond respond) {
        this.users = users;
        this.mechanics = mechanics;
        this.shop = shop;
        this.locations = locations;
        this.bodies = bodies;
        this.respond = respond;
    }

    void listUsers(Context ctx) {
        Respond.json(ctx, users.list(Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void getUser(Context ctx) {
        Respond.ok(ctx, users.get(Params.id(ctx, "id")));
    }

    void createUser(Context ctx) {
        UserInput in = bodies.read(ctx, UserInput.class);
        respond.post(ctx, 201, users.create(Respond.actor(ctx), in));
    }

    void updateUser(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        User current = users.get(id);
        UserInput base = new UserInput(
                current.username(), null, current.role(), current.mechanicId(), current.active(), current.supplierId());
        UserInput in = bodies.merge(ctx, base, UserInput.class);
        respond.put(ctx, users.update(Respond.actor(ctx), id, version, in));
    }

    void listMechanics(Context ctx) {
        Respond.json(ctx, mechanics.list(Params.bool(ctx, "active"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void getMechanic(Context ctx) {
        Respond.ok(ctx, mechanics.get(Params.id(ctx, "id")));
    }

    void createMechanic(Context ctx) {
        MechanicInput in = bodies.read(ctx, MechanicInput.class);
        respond.post(ctx, 201, mechanics.create(Respond.actor(ctx), in));
    }

    void updateMechanic(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        var current = mechanics.get(id);
        MechanicInput base = new MechanicInput(current.name(), current.dailyCapacityHours(), current.active());
        MechanicInput in = bodies.merge(ctx, base, MechanicInput.class);
        respond.put(ctx, mechanics.update(Respond.actor(ctx), id, version, in));
    }

    void capacity(Context ctx) {
        Respond.json(ctx, mechanics.capacity(Params.id(ctx, "id"), Params.date(ctx, "date")));
    }

    void listLocations(Context ctx) {
        Respond.json(ctx, locations.list(Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void getLocation(Context ctx) {
        Respond.ok(ctx, locations.get(Params.id(ctx, "id")));
    }

    void createLocation(Context ctx) {
        LocationInput in = bodies.read(ctx, LocationInput.class);
        respond.post(ctx, 201, locations.create(Respond.actor(ctx), in));
    }

    void updateLocation(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        Location current = locations.get(id);
        LocationInput base = new LocationInput(
                current.name(),
                current.address(),
                current.phone(),
                current.businessRegistrationNumber(),
                current.invoicePrefix(),
                current.timezone());
        LocationInput in = bodies.merge(ctx, base, LocationInput.class);
        respond.put(ctx, locations.update(Respond.actor(ctx), id, version, in));
    }

    void getShop(Context ctx) {
        Respond.ok(ctx, shop.get());
    }

    void putShop(Context ctx) {
        long version = Params.ifMatch(ctx);
        ShopSettings in = bodies.read(ctx, ShopSettings.class);
        respond.put(ctx, shop.update(Respond.actor(ctx), version, in));
    }
}
