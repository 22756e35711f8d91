package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.util.Map;
import org.shopsuite.model.LoginRequest;
import org.shopsuite.model.PasswordChange;
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
        Respond.json(ctx, auth.login(in.username(), in.password()));
    }

    void logout(Context ctx) {
        auth.logout(ctx.attribute(Authn.TOKEN));
        Respond.json(ctx, Map.of("loggedOut", true));
    }

    void me(Context ctx) {
        Actor actor = Respond.actor(ctx);
        Respond.json(
                ctx,
                Map.of(
                        "user", users.get(actor.userId()),
                        "expiresAt", auth.expiresAt(ctx.attribute(Authn.TOKEN))));
    }

    /** The signed-in user's own password; every other session of theirs ends. */
    void changePassword(Context ctx) {
        PasswordChange in = bodies.read(ctx, PasswordChange.class);
        String kept = AuthService.tokenHash(ctx.attribute(Authn.TOKEN));
        respond.post(ctx, 200, users.changePassword(Respond.actor(ctx), kept, in));
    }
}
