package org.shopsuite.server.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.shopsuite.server.ShopApp;
import org.shopsuite.server.config.ServerConfig;

/** A real server on a temporary SQLite file, bound to loopback on a free port. */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-test-pw";

    private final Path dataDir;
    private final Clock clock;
    private final boolean demo;
    private final Map<String, String> extraEnv;
    private ShopApp app;

    public TestServer(Path dataDir) {
        this(dataDir, Clock.systemUTC(), false);
    }

    public TestServer(Path dataDir, Clock clock, boolean demo) {
        this(dataDir, clock, demo, Map.of());
    }

    /** With extra environment settings, e.g. a low SHOP_RATE_LIMIT. */
    public TestServer(Path dataDir, Clock clock, boolean demo, Map<String, String> extraEnv) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.demo = demo;
        this.extraEnv = extraEnv;
        start();
    }

    public void start() {
        Map<String, String> env = new HashMap<>();
        env.put("SHOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Tests log in often; the production default (600k) is kept for real users.
        env.put("SHOP_PASSWORD_ITERATIONS", "1000");
        // Tests hammer one session far beyond a person; RateLimitTest checks the limit itself.
        env.put("SHOP_RATE_LIMIT", "0");
        env.putAll(extraEnv);
        String[] args = demo
                ? new String[] {"--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString(), "--demo"}
                : new String[] {"--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString()};
        app = ShopApp.start(ServerConfig.load(args, env), clock);
    }

    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    public ShopApp app() {
        return app;
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + app.port());
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }
}
