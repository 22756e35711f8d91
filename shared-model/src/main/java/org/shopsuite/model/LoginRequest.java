package org.shopsuite.model;

/**
 * Credentials for {@code POST /auth/login}, and the location to work at ({@code locationId}: may be
 * left out by a user who works at one location; issue 22).
 */
public record LoginRequest(String username, String password, Long locationId) {
    public LoginRequest(String username, String password) {
        this(username, password, null);
    }
}
