package org.shopsuite.desktop.client;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The certificate fingerprints the user accepted, per server (host:port). */
public interface CertificatePins {
    Optional<String> pinned(String server);

    void pin(String server, String fingerprint);

    /** Pins kept in memory only (tests, one-off tools). */
    static CertificatePins inMemory() {
        Map<String, String> pins = new ConcurrentHashMap<>();
        return new CertificatePins() {
            @Override
            public Optional<String> pinned(String server) {
                return Optional.ofNullable(pins.get(server));
            }

            @Override
            public void pin(String server, String fingerprint) {
                pins.put(server, fingerprint);
            }
        };
    }
}
