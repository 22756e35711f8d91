package org.shopsuite.model;

import java.time.Instant;

/** A bearer token and who it belongs to. */
public record LoginResponse(String token, Instant expiresAt, User user) {}
