package org.shopsuite.desktop;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.shopsuite.server.ShopApp;
import org.shopsuite.server.config.ServerConfig;

/** A real in-process server on a temporary SQLite file, on a fixed loopback port so it can restart. */
public final class ServerFixture implements AutoCloseable {
  public static final String PASSWORD = "demo1234";

  private final Path dir;
  private final int port;
  private ShopApp app;

  public ServerFixture(Path dir) {
    this.dir = dir;
    this.port = freePort();
    start();
  }

  public void start() {
    String[] args = {
      "--host", "127.0.0.1", "--port", "" + port, "--data-dir", dir.toString(), "--demo"
    };
    app =
        ShopApp.start(
            ServerConfig.load(
                args,
                Map.of("SHOP_ADMIN_PASSWORD", "admin-test-pw", "SHOP_PASSWORD_ITERATIONS", "1000")));
  }

  public void stop() {
    if (app != null) {
      app.close();
      app = null;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
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
