package org.shopsuite.desktop.client;

/**
 * The server's certificate is neither signed by a known authority nor the one accepted before.
 * The user may accept its fingerprint (trust on first use); {@code changed} warns that a different
 * certificate had been accepted for this server.
 */
public final class UntrustedCertificate extends RuntimeException {
    private final String server;
    private final String fingerprint;
    private final boolean changed;

    public UntrustedCertificate(String server, String fingerprint, boolean changed) {
        super((changed
                        ? "the certificate of " + server + " has CHANGED"
                        : "the certificate of " + server + " is not trusted yet")
                + " (SHA-256 " + fingerprint + ")");
        this.server = server;
        this.fingerprint = fingerprint;
        this.changed = changed;
    }

    public String server() {
        return server;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public boolean changed() {
        return changed;
    }
}
