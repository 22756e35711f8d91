package org.shopsuite.desktop.client;

/** The server could not be reached; the request may be retried with the same idempotency key. */
public final class ServerUnreachable extends RuntimeException {
    public ServerUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
