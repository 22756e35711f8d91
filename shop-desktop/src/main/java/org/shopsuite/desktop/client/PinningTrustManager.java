package org.shopsuite.desktop.client;

import java.net.Socket;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server whose certificate a known authority signed (checked as usual, host name
 * included), or whose certificate is the one the user accepted for that server before. Anything
 * else fails the handshake with an {@link UntrustedCertificate} the app can show.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {
    private final CertificatePins pins;
    private final X509ExtendedTrustManager system;

    PinningTrustManager(CertificatePins pins) {
        this.pins = pins;
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            this.system = (X509ExtendedTrustManager) f.getTrustManagers()[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(X509Certificate cert) throws CertificateException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        String server = (engine.getPeerHost() + ":" + engine.getPeerPort()).toLowerCase(Locale.ROOT);
        String fingerprint = fingerprint(chain[0]);
        var pinned = pins.pinned(server);
        if (pinned.isPresent() && pinned.get().equals(fingerprint)) {
            return;
        }
        if (pinned.isEmpty()) {
            try {
                system.checkServerTrusted(chain, authType, engine);
                return;
            } catch (CertificateException notByAnAuthority) {
                // falls through to asking the user
            }
        }
        throw new CertificateException(new UntrustedCertificate(server, fingerprint, pinned.isPresent()));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("sockets are not used");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("an engine is needed to know the server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}
