package org.shopsuite.server.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.user.AuthService;

/**
 * Runs before every matched route: PUBLIC routes pass; every other route needs a valid bearer
 * token whose role is among the route's roles. A route with no roles is closed to everyone.
 */
final class Authn {
    static final String ACTOR = "actor";
    static final String TOKEN = "token";

    private final AuthService auth;

    Authn(AuthService auth) {
        this.auth = auth;
    }

    /**
     * Runs before a WebSocket upgrade (which skips the HTTP before-handlers): the stream is open to
     * every role; clients that cannot set headers pass the token as {@code access_token}.
     */
    void checkUpgrade(Context ctx) {
        String token = Params.bearer(ctx.header("Authorization"));
        authenticate(ctx, token != null ? token : ctx.queryParam("access_token"));
    }

    private Actor authenticate(Context ctx, String token) {
        Actor actor = auth.authenticate(token);
        ctx.attribute(ACTOR, actor);
        ctx.attribute(TOKEN, token);
        return actor;
    }

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        Actor actor = authenticate(ctx, Params.bearer(ctx.header("Authorization")));
        if (!roles.contains(Access.of(actor.role()))) {
            throw ApiException.forbidden("a " + actor.role() + " may not " + ctx.method() + " " + ctx.path());
        }
    }
}
