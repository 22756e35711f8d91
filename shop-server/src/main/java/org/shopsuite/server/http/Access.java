package org.shopsuite.server.http;

import io.javalin.security.RouteRole;
import org.shopsuite.model.Role;

/** Who may call a route: PUBLIC needs no login; the others are the user roles. */
public enum Access implements RouteRole {
    PUBLIC,
    MANAGER,
    RECEPTIONIST,
    MECHANIC,
    CONTRACTOR;

    static Access of(Role role) {
        return valueOf(role.name());
    }
}
