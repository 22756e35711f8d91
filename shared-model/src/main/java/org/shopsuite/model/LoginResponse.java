package org.shopsuite.model;

import java.time.Instant;

/**
 * A bearer token, who it belongs to, and the location it works at ({@code locationId}, with the
 * user's {@code role} there: the role every route checks).
 */
public record LoginResponse(String token, Instant expiresAt, User user, long locationId, Role role) {}
