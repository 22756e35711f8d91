package org.shopsuite.model;

/** Credentials for {@code POST /auth/login}. */
public record LoginRequest(String username, String password) {}
