package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.util.Map;
import org.shopsuite.model.LoginRequest;
import org.shopsuite.model.PasswordChange;
import org.shopsuite.model.SwitchLocation;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.user.AuthService;
import org.shopsuite.server.service.user.UserService;

/** Log in, log out, and who am I. */
final class AuthController {
    private final AuthService auth;
    private final UserService users;
    private final Bodies bodies;

    private final Respond respond;

    AuthController(AuthService auth, UserService users, Bodies bodies, Respond respond) {
        this.auth = auth;
        this.users = users;
        this.bodies = bodies;
        this.respond = respond;
    }

    void login(Context ctx) {
        LoginRequest in = bodies.read(ctx, LoginRequest.class);
        Respond.json(ctx, auth.login(in.username(), in.password(), in.locationId()));
    }

    void logout(Context ctx) {
        auth.logout(ctx.attribute(Authn.TOKEN));
        Respond.json(ctx, Map.of("loggedOut", true));
    }

    void me(Context ctx) {
        Respond.json(ctx, whoAmI(ctx, Respond.actor(ctx)));
    }

    /** Who the session is: the user, when it expires if idle, its location and the user's role there. */
    private Map<String, Object> whoAmI(Context ctx, Actor actor) {
        Map<String, Object> me = new java.util.LinkedHashMap<>();
        me.put("user", users.get(actor.userId()));
        me.put("expiresAt", auth.expiresAt(ctx.attribute(Authn.TOKEN)));
        me.put("locationId", actor.locationId());
        me.put("role", actor.role());
        return me;
    }

    /** The session works at another of the user's locations from now on; answers as GET /me. */
    void switchLocation(Context ctx) {
        SwitchLocation in = bodies.read(ctx, SwitchLocation.class);
        String token = ctx.attribute(Authn.TOKEN);
        Actor actor = Respond.actor(ctx);
        respond.postOutside(ctx, 200, () -> whoAmI(ctx, auth.switchLocation(token, actor, in.locationId())));
    }

    /** The signed-in user's own password; every other session of theirs ends. */
    void changePassword(Context ctx) {
        PasswordChange in = bodies.read(ctx, PasswordChange.class);
        String kept = AuthService.tokenHash(ctx.attribute(Authn.TOKEN));
        respond.post(ctx, 200, users.changePassword(Respond.actor(ctx), kept, in));
    }
}
