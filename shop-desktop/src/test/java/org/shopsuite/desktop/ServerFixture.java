package org.shopsuite.desktop;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.shopsuite.server.ShopApp;
import org.shopsuite.server.config.ServerConfig;

/** A real in-process server on a temporary SQLite file, on a fixed loopback port so it can restart. */
public final class ServerFixture implements AutoCloseable {
    public static final String PASSWORD = "demo1234";

    private final Path dir;
    private final int port;
    private Map<String, String> extraEnv;
    private ShopApp app;

    public ServerFixture(Path dir) {
        this(dir, Map.of());
    }

    /** With extra settings (e.g. SHOP_TLS_KEYSTORE for HTTPS). */
    public ServerFixture(Path dir, Map<String, String> extraEnv) {
        this.dir = dir;
        this.port = freePort();
        this.extraEnv = extraEnv;
        start();
    }

    /** Restarts with other settings on the same port and data. */
    public void restartWith(Map<String, String> env) {
        stop();
        this.extraEnv = env;
        start();
    }

    public void start() {
        String[] args = {"--host", "127.0.0.1", "--port", "" + port, "--data-dir", dir.toString(), "--demo"};
        Map<String, String> env = new java.util.HashMap<>(
                Map.of("SHOP_ADMIN_PASSWORD", "admin-test-pw", "SHOP_PASSWORD_ITERATIONS", "1000"));
        env.putAll(extraEnv);
        app = ShopApp.start(ServerConfig.load(args, env));
    }

    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /**
     * Signs {@code user} in through the login screen's view model (synchronously), as the app does;
     * fails the test with the screen's error when refused.
     */
    public org.shopsuite.desktop.ui.Session session(
            java.util.prefs.Preferences prefs, String user, java.util.Locale language) {
        org.shopsuite.desktop.ui.login.LoginViewModel vm =
                new org.shopsuite.desktop.ui.login.LoginViewModel(org.shopsuite.desktop.ui.Tasks.direct(), prefs);
        vm.serverProperty().set(url());
        vm.usernameProperty().set(user);
        vm.passwordProperty().set(PASSWORD);
        vm.languageProperty().set(language);
        java.util.concurrent.atomic.AtomicReference<org.shopsuite.desktop.ui.Session> session =
                new java.util.concurrent.atomic.AtomicReference<>();
        vm.login(session::set);
        if (session.get() == null) {
            throw new AssertionError(
                    user + " was not let in: " + vm.errorProperty().get());
        }
        return session.get();
    }

    public String url() {
        return (extraEnv.containsKey("SHOP_TLS_KEYSTORE") ? "https" : "http") + "://127.0.0.1:" + port;
    }

    /** A PKCS12 keystore with a new self-signed certificate (password "tls-test-pw"). */
    public static Path keystore(Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "shop",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=shop-server",
                        "-validity",
                        "30",
                        "-keystore",
                        file.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "tls-test-pw",
                        "-keypass",
                        "tls-test-pw")
                .redirectErrorStream(true)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return file;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
